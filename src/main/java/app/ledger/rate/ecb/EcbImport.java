package app.ledger.rate.ecb;

import app.ledger.rate.RateRepository;
import app.ledger.rate.RateSource;
import app.ledger.support.Workers;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/**
 * Stores a reference rates file, all of it or nothing: one transaction, the file read a day at a time on a
 * worker thread, each day stored before the next is read. A day's rates replace those the same owner had
 * for that day.
 */
@ApplicationScoped
public class EcbImport {

    private static final String EURO = "EUR";

    private final RateRepository rates;
    private final Clock clock = Clock.systemUTC();

    public EcbImport(RateRepository rates) {
        this.rates = rates;
    }

    /** Into the user's own rates (source ecb), which only they see. */
    public Uni<EcbImportView> intoUser(long userId, byte[] xml) {
        return store(userId, xml);
    }

    /** Into the published rates every user sees. */
    public Uni<EcbImportView> intoPublished(byte[] xml) {
        return store(null, xml);
    }

    private Uni<EcbImportView> store(Long userId, byte[] xml) {
        LocalDate today = LocalDate.now(clock);
        return Workers.offload(() -> new EcbRatesReader(new ByteArrayInputStream(xml), today))
                .flatMap(reader -> Panache.withTransaction(() -> days(reader, userId, EcbImportView.NONE))
                        .eventually(reader::close));
    }

    private Uni<EcbImportView> days(EcbRatesReader reader, Long userId, EcbImportView sofar) {
        return Workers.offload(reader::next).flatMap(day -> day == null ? Uni.createFrom().item(sofar)
                : rates.quotesOn(userId, RateSource.ECB, day.date(), EURO)
                        .flatMap(existing -> rates.put(userId, RateSource.ECB, day.date(), EURO, day.rates())
                                .replaceWith(sofar.plus(day, replaced(existing, day.rates().keySet()))))
                        .flatMap(next -> days(reader, userId, next)));
    }

    private static int replaced(Set<String> existing, Set<String> stored) {
        Set<String> both = new HashSet<>(stored);
        both.retainAll(existing);
        return both.size();
    }
}
