package app.ledger.rate.ecb;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.LocalDate;

/**
 * What an import of a reference rates file stored.
 *
 * @param days     days of rates in the file
 * @param rates    rates stored: {@code added + replaced}
 * @param added    rates that were new
 * @param replaced rates that were there for that day and currency already and were set again
 * @param skipped  rates of currencies Ledger does not keep money in, left out
 * @param first    the earliest day in the file, null when it had none
 * @param last     the latest day in the file, null when it had none
 */
@RegisterForReflection
public record EcbImportView(int days, int rates, int added, int replaced, int skipped, LocalDate first,
        LocalDate last) {

    static final EcbImportView NONE = new EcbImportView(0, 0, 0, 0, 0, null, null);

    EcbImportView plus(EcbDay day, int replacedOfDay) {
        int stored = day.rates().size();
        return new EcbImportView(days + 1, rates + stored, added + stored - replacedOfDay, replaced + replacedOfDay,
                skipped + day.skipped(), first == null || day.date().isBefore(first) ? day.date() : first,
                last == null || day.date().isAfter(last) ? day.date() : last);
    }
}
