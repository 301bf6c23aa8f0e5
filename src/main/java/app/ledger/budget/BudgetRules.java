package app.ledger.budget;

import app.ledger.category.CategoryKind;
import app.ledger.category.CategoryView;
import app.ledger.journal.posting.WriteRules;
import app.ledger.money.Currencies;
import app.ledger.money.Money;
import app.ledger.problem.FieldErrors;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.regex.Pattern;

/** What a budget must look like, and how its spending is measured against it. No I/O. */
final class BudgetRules {

    /** The shares of the limit whose crossing is sent live, in per cent, in ascending order. */
    static final List<Integer> THRESHOLDS = List.of(80, 100);
    private static final Pattern MONTH = Pattern.compile("[0-9]{4}-[0-9]{2}");

    private BudgetRules() {
    }

    static Currency currency(String code, FieldErrors errors) {
        if (code == null || code.isBlank()) {
            errors.add("currency", "Choose the currency of the budget, such as EUR.");
            return null;
        }
        return Currencies.find(code).orElseGet(() -> {
            errors.add("currency", "Choose a currency by its three-letter code, such as USD or EUR.");
            return null;
        });
    }

    /** The limit in minor units of {@code currency} (when known), or a field error. */
    static long amount(String amount, Currency currency, BigDecimal max, FieldErrors errors) {
        BigDecimal value = Money.parseDecimal(amount).orElse(null);
        if (value == null || value.signum() <= 0 || value.compareTo(max) > 0) {
            WriteRules.checkAmount(amount, max, errors);
            return 0;
        }
        if (currency == null) {
            return 0;
        }
        Money.Result parsed = Money.parse(amount, currency);
        if (parsed.money().isEmpty()) {
            errors.add("amount", parsed.problem());
            return 0;
        }
        return parsed.money().get().minor();
    }

    static void period(String period, FieldErrors errors) {
        if (period != null && !Budget.MONTH.equals(period)) {
            errors.add("period", "Budgets are monthly: the period can only be \"month\".");
        }
    }

    /** A category a budget may limit: an expense category (the caller has checked it is the user's). */
    static void checkBudgetable(CategoryView category, FieldErrors errors) {
        if (category.kind() != CategoryKind.EXPENSE) {
            errors.add("categoryId", "\"" + category.name() + "\" is an income category. A budget limits spending: "
                    + "choose an expense category.");
        } else if (category.archived()) {
            errors.add("categoryId", "That category is archived: bring it back first, or choose another one.");
        }
    }

    /** YYYY-MM, or a field error. */
    static YearMonth month(String text, FieldErrors errors) {
        if (text == null || !MONTH.matcher(text).matches()) {
            errors.add("month", "Write the month as YYYY-MM, such as 2026-03.");
            return null;
        }
        try {
            return YearMonth.parse(text);
        } catch (RuntimeException invalid) {
            errors.add("month", "Write the month as YYYY-MM, such as 2026-03.");
            return null;
        }
    }

    /** spent / limit × 100, rounded down to one decimal (negative when reversals took back more than was spent). */
    static BigDecimal percent(long spentMinor, long limitMinor) {
        return BigDecimal.valueOf(spentMinor).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(limitMinor), 1, RoundingMode.FLOOR);
    }

    /** The thresholds the spending has reached, in ascending order. */
    static List<Integer> reached(long spentMinor, long limitMinor) {
        List<Integer> reached = new ArrayList<>();
        for (int threshold : THRESHOLDS) {
            // spent / limit >= threshold / 100, without rounding
            if (BigDecimal.valueOf(spentMinor).multiply(BigDecimal.valueOf(100))
                    .compareTo(BigDecimal.valueOf(limitMinor).multiply(BigDecimal.valueOf(threshold))) >= 0) {
                reached.add(threshold);
            }
        }
        return reached;
    }
}
