package app.ledger.report;

import app.ledger.journal.EntryLimits;
import app.ledger.money.Currencies;
import app.ledger.problem.FieldErrors;
import app.ledger.problem.InvalidInputException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a report asks for, checked: a range of the user's calendar days (both ends included), the period of
 * each value, optionally some of the user's accounts and one currency. Every problem of the request is
 * reported at once.
 */
public record ReportQuery(LocalDate from, LocalDate to, ReportInterval interval, List<Long> accountIds,
        String currency) {

    /**
     * The longest range a report covers: enough for a decade by week (at most 523 weeks), and at most 3,653
     * points for the net worth by day.
     */
    public static final int MAX_YEARS = 10;

    /** The periods of spending and income against expense. */
    public static final Set<ReportInterval> FLOW_INTERVALS = EnumSet.of(ReportInterval.WEEK, ReportInterval.MONTH,
            ReportInterval.YEAR);

    /** The periods of the net worth, whose points are balances at the end of each. */
    public static final Set<ReportInterval> BALANCE_INTERVALS = EnumSet.of(ReportInterval.DAY, ReportInterval.WEEK,
            ReportInterval.MONTH);

    /** More account ids than anyone has accounts is a mistake, not a report. */
    public static final int MAX_ACCOUNT_IDS = 100;

    public static ReportQuery parse(String from, String to, String interval, List<String> accountIds,
            String currency) {
        return parse(from, to, interval, FLOW_INTERVALS, accountIds, currency);
    }

    /** @param intervals the periods this report offers */
    public static ReportQuery parse(String from, String to, String interval, Set<ReportInterval> intervals,
            List<String> accountIds, String currency) {
        String choices = choices(intervals);
        FieldErrors errors = new FieldErrors();
        LocalDate start = day("from", from, errors);
        LocalDate end = day("to", to, errors);
        ReportInterval period = null;
        if (interval == null || interval.isBlank()) {
            errors.add("interval", "Choose the period of each value: " + choices + ".");
        } else {
            period = ReportInterval.fromCode(interval).filter(intervals::contains).orElse(null);
            if (period == null) {
                errors.add("interval", "Choose " + choices + ".");
            }
        }
        if (start != null && end != null) {
            if (end.isBefore(start)) {
                errors.add("to", "The end must be on or after the start.");
            } else if (!end.isBefore(start.plusYears(MAX_YEARS))) {
                errors.add("to", "A report covers at most " + MAX_YEARS + " years: choose an end before "
                        + start.plusYears(MAX_YEARS) + ".");
            }
        }
        List<Long> accounts = accounts(accountIds, errors);
        String code = null;
        if (currency != null && !currency.isEmpty()) {
            code = Currencies.find(currency).map(c -> c.getCurrencyCode()).orElse(null);
            if (code == null) {
                errors.add("currency", "Enter a currency code such as EUR or USD.");
            }
        }
        errors.throwIfAny();
        return new ReportQuery(start, end, period, accounts, code);
    }

    /** The grouping of a spending report: category when none is given. */
    public static SpendingGrouping groupBy(String groupBy) {
        if (groupBy == null || groupBy.isEmpty()) {
            return SpendingGrouping.CATEGORY;
        }
        return SpendingGrouping.fromCode(groupBy)
                .orElseThrow(() -> new InvalidInputException("groupBy", "Choose category, payee or tag."));
    }

    /** "day, week or month" */
    private static String choices(Set<ReportInterval> intervals) {
        List<String> codes = intervals.stream().map(ReportInterval::code).toList();
        return String.join(", ", codes.subList(0, codes.size() - 1)) + " or " + codes.get(codes.size() - 1);
    }

    private static LocalDate day(String field, String text, FieldErrors errors) {
        if (text == null || text.isBlank()) {
            errors.add(field, "Enter a date as YYYY-MM-DD.");
            return null;
        }
        try {
            LocalDate day = LocalDate.parse(text);
            if (day.isBefore(EntryLimits.EARLIEST_OCCURRED_ON)) {
                errors.add(field, "Enter a date on or after " + EntryLimits.EARLIEST_OCCURRED_ON + ".");
                return null;
            }
            return day;
        } catch (DateTimeException e) {
            errors.add(field, "Enter a date as YYYY-MM-DD, such as 2024-01-31.");
            return null;
        }
    }

    private static List<Long> accounts(List<String> ids, FieldErrors errors) {
        if (ids == null || ids.isEmpty()) {
            return List.of();
        }
        Set<Long> accounts = new LinkedHashSet<>();
        for (String id : ids) {
            try {
                accounts.add(Long.parseLong(id));
            } catch (NumberFormatException e) {
                errors.add("accountId", "Account ids are whole numbers.");
                return List.of();
            }
        }
        if (accounts.size() > MAX_ACCOUNT_IDS) {
            errors.add("accountId", "Name at most " + MAX_ACCOUNT_IDS + " accounts, or none for all of them.");
            return List.of();
        }
        return new ArrayList<>(accounts);
    }
}
