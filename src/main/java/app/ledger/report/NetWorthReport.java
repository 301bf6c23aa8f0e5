package app.ledger.report;

import java.time.LocalDate;
import java.util.List;

/**
 * The sum of the balances of the user's accounts at the end of each period (its last day, cut to the
 * range), per account currency as exact decimal strings, and optionally converted into one currency.
 *
 * @param weekStartsOn the first day of each week, from the user's locale; null unless the interval is week
 * @param currency the currency converted into, null when none was asked for
 * @param converted null when no currency was asked for
 */
public record NetWorthReport(LocalDate from, LocalDate to, ReportInterval interval, String weekStartsOn,
        String currency, List<ReportPeriodView> periods, List<Balances> currencies, Converted converted) {

    /** The balances of the accounts in one currency, one value per period. */
    public record Balances(String currency, List<String> values) {
    }

    /**
     * All balances converted, one value per period: null where a currency with a balance other than zero
     * has no rate on the period's last day, and {@code missing} names those currencies (an empty list for
     * every period that has a value).
     */
    public record Converted(String currency, List<String> values, List<List<String>> missing) {
    }
}
