package app.ledger.report;

import app.ledger.journal.CategoryRef;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Spending per currency, one value per period for each group. A value is what was spent in the period
 * (withdrawals, less the reversals of withdrawals dated in it), as an exact decimal string; groups with
 * nothing in the whole range are left out, the others come by total, the largest first.
 *
 * @param groupBy category, payee or tag: which field each group carries
 * @param weekStartsOn the first day of each week, from the user's locale; null unless the interval is week
 */
public record SpendingReport(LocalDate from, LocalDate to, ReportInterval interval, String groupBy,
        String weekStartsOn, List<ReportPeriodView> periods, List<Currency> currencies) {

    /**
     * @param totals what was spent per period; by tag, an entry with several tags counts in each of their
     *     groups but once here
     */
    public record Currency(String currency, List<Group> groups, List<String> totals) {
    }

    /** The spending of one category, payee or tag: only the field of the chosen grouping is present. */
    @Schema(oneOf = {CategoryGroup.class, PayeeGroup.class, TagGroup.class})
    public sealed interface Group {

        List<String> values();

        String total();
    }

    /** @param category null for the entries without a category */
    public record CategoryGroup(CategoryRef category, List<String> values, String total) implements Group {
    }

    /** @param payee as written (see the report's service for which spelling); null for the entries without */
    public record PayeeGroup(String payee, List<String> values, String total) implements Group {
    }

    /** @param tag as written; null for the entries without tags */
    public record TagGroup(String tag, List<String> values, String total) implements Group {
    }
}
