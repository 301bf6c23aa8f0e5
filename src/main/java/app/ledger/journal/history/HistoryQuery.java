package app.ledger.journal.history;

import app.ledger.money.Money;
import app.ledger.problem.FieldErrors;
import app.ledger.support.LimitParameter;
import java.util.Currency;

/**
 * A history request, checked: page size, order, where the page starts, and the filters. Amount bounds are
 * resolved once the account's currency is known.
 */
public record HistoryQuery(int limit, HistoryOrder order, PageCursor cursor, EntryCriteria criteria) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;
    public static final int MAX_TEXT = EntryCriteria.MAX_TEXT;

    /** The page size asked for: the same bounds for a history page and a search page. */
    public static int parseLimit(String limit, FieldErrors errors) {
        return LimitParameter.parse(limit, DEFAULT_LIMIT, MAX_LIMIT, "page size", errors);
    }

    public static HistoryQuery parse(String limit, String cursor, String order, HistoryFilterParams params) {
        FieldErrors errors = new FieldErrors();
        int size = parseLimit(limit, errors);
        HistoryOrder chosen = HistoryOrder.parse(order, errors);
        PageCursor after = null;
        if (cursor != null && !cursor.isEmpty()) {
            after = PageCursor.decode(cursor, chosen.cursorKind()).orElse(null);
            if (after == null) {
                errors.add("cursor", PageCursor.NOT_OURS);
            }
        }
        EntryCriteria criteria = params.criteria(errors);
        errors.throwIfAny();
        return new HistoryQuery(size, chosen, after, criteria);
    }

    /** Whether the filters need the account's currency: amount bounds are written in it. */
    public boolean needsCurrency() {
        return criteria.minAmount() != null || criteria.maxAmount() != null;
    }

    /** The filters in the account's currency; a bound with more decimals than it has is refused. */
    public HistoryFilter resolve(Currency currency) {
        FieldErrors errors = new FieldErrors();
        Long min = minor("minAmount", criteria.minAmount(), currency, errors);
        Long max = minor("maxAmount", criteria.maxAmount(), currency, errors);
        errors.throwIfAny();
        return criteria.filter(min, max);
    }

    private static Long minor(String field, String text, Currency currency, FieldErrors errors) {
        if (text == null) {
            return null;
        }
        Money.Result parsed = Money.parse(text, currency);
        if (parsed.money().isEmpty()) {
            errors.add(field, parsed.problem());
            return null;
        }
        return parsed.money().get().minor();
    }
}
