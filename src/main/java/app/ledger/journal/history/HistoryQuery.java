package app.ledger.journal.history;

import app.ledger.journal.EntryType;
import app.ledger.journal.SearchText;
import app.ledger.money.Money;
import app.ledger.problem.FieldErrors;
import java.time.Instant;
import java.util.Arrays;
import java.util.Currency;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The filters of a history request, checked. Amount bounds stay text until the account's currency is
 * known. {@code cursor} is the sequence number below which the next page starts.
 */
public record HistoryQuery(int limit, Long cursor, Set<EntryType> types, Instant from, Instant to, String text,
        String minAmount, String maxAmount) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;
    public static final int MAX_TEXT = 200;
    /**
     * Times a filter may name: the four-digit years of ISO 8601. Far beyond them an instant no longer fits
     * the microseconds that entries are stored in.
     */
    /** How a time is written in a query, said once for both kinds of query. */
    private static final TimeRange TIMES = new TimeRange(Instant.parse("0000-01-01T00:00:00Z"),
            Instant.parse("9999-12-31T23:59:59.999999999Z"));

    public static HistoryQuery parse(String limit, String cursor, String type, String from, String to, String q,
            String minAmount, String maxAmount) {
        FieldErrors errors = new FieldErrors();
        int size = parseLimit(limit, errors);
        Long after = parseCursor(cursor, errors);
        Set<EntryType> types = parseTypes(type, errors);
        Instant fromTime = TIMES.parse("from", from, errors);
        Instant toTime = TIMES.parse("to", to, errors);
        // the end is exclusive: a range that starts where it ends is empty, and is not refused
        if (fromTime != null && toTime != null && fromTime.isAfter(toTime)) {
            errors.add("to", "The start date must be on or before the end date.");
        }
        String text = q == null || q.isEmpty() ? null : q;
        if (text != null && text.length() > MAX_TEXT) {
            errors.add("q", "The search text has at most " + MAX_TEXT + " characters.");
        }
        checkAmountBound("minAmount", minAmount, errors);
        checkAmountBound("maxAmount", maxAmount, errors);
        errors.throwIfAny();
        return new HistoryQuery(size, after, types, fromTime, toTime, text, blankToNull(minAmount),
                blankToNull(maxAmount));
    }


    /** Amount bounds in minor units of the account's currency; a bound with too many decimals is refused. */
    public HistoryFilter resolve(Currency currency) {
        FieldErrors errors = new FieldErrors();
        Long min = minor("minAmount", minAmount, currency, errors);
        Long max = minor("maxAmount", maxAmount, currency, errors);
        errors.throwIfAny();
        // folded before escaping: folding may turn a character into % or _ (NFKC maps the full-width ％ to %)
        String like = text == null ? null : "%" + SearchText.fold(text)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return new HistoryFilter(types, from, to, like, min, max);
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

    private static int parseLimit(String limit, FieldErrors errors) {
        if (limit == null || limit.isEmpty()) {
            return DEFAULT_LIMIT;
        }
        try {
            int value = Integer.parseInt(limit);
            if (value >= 1 && value <= MAX_LIMIT) {
                return value;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        errors.add("limit", "The page size (limit) is a whole number from 1 to " + MAX_LIMIT + ".");
        return DEFAULT_LIMIT;
    }

    private static Long parseCursor(String cursor, FieldErrors errors) {
        if (cursor == null || cursor.isEmpty()) {
            return null;
        }
        try {
            long value = Long.parseLong(cursor);
            if (value > 0) {
                return value;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        errors.add("cursor", "This is not a cursor that Ledger gave out. Pass the nextCursor of the page before.");
        return null;
    }

    private static Set<EntryType> parseTypes(String type, FieldErrors errors) {
        if (type == null || type.isEmpty()) {
            return EnumSet.allOf(EntryType.class);
        }
        Set<EntryType> types = EnumSet.noneOf(EntryType.class);
        for (String code : type.split(",")) {
            Optional<EntryType> parsed = EntryType.fromCode(code.trim());
            if (parsed.isEmpty()) {
                errors.add("type", "Choose entry types from " + Arrays.stream(EntryType.values())
                        .map(EntryType::code).collect(Collectors.joining(", ")) + ", separated by commas.");
                return EnumSet.allOf(EntryType.class);
            }
            types.add(parsed.get());
        }
        return types;
    }

    private static void checkAmountBound(String field, String text, FieldErrors errors) {
        if (text != null && !text.isEmpty() && Money.parseDecimal(text).isEmpty()) {
            errors.add(field, Money.NOT_A_DECIMAL);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
