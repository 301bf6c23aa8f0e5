package app.ledger.report;

import app.ledger.journal.CategoryRef;
import java.time.LocalDate;
import java.util.List;

/**
 * Spending per currency, one value per period for each group. A value is what was spent in the period
 * (withdrawals, less the reversals of withdrawals dated in it), as an exact decimal string; groups with
 * nothing in the whole range are left out.
 *
 * @param weekStartsOn the first day of each week, from the user's locale; null unless the interval is week
 */
public record SpendingReport(LocalDate from, LocalDate to, ReportInterval interval, String groupBy,
        String weekStartsOn, List<ReportPeriodView> periods, List<Currency> currencies) {

    /** @param totals the sum of all groups per period */
    public record Currency(String currency, List<Group> groups, List<String> totals) {
    }

    /** @param category null for the entries without a category */
    public record Group(CategoryRef category, List<String> values, String total) {
    }
}
