package app.ledger.journal.history;

import app.ledger.journal.EntryLimits;
import app.ledger.journal.EntryType;
import app.ledger.journal.SearchText;
import app.ledger.money.Money;
import app.ledger.problem.FieldErrors;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The filters that an account's history, its CSV export and the search across accounts share, checked.
 * {@code from}/{@code to} are either days (the day the money moved, both ends inclusive) or instants (when
 * the entry was recorded, end exclusive), each end on its own. Amount bounds stay text until the currency
 * they are compared in is known.
 */
public record EntryCriteria(Set<EntryType> types, Instant from, Instant to, LocalDate fromDay, LocalDate toDay,
        String text, Long categoryId, String tag, String payee, String minAmount, String maxAmount) {

    public static final int MAX_TEXT = 200;
    /** How a time is written in a query, said once for both kinds of query. */
    private static final TimeRange TIMES = new TimeRange(Instant.parse("0000-01-01T00:00:00Z"),
            Instant.parse("9999-12-31T23:59:59.999999999Z"));
    private static final Pattern DAY = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    static final String DAY_OR_TIME = "Enter a date such as 2026-01-31 (the day the money moved) or a time such as "
            + "2026-01-31T00:00:00Z (when it was recorded, ISO 8601 in UTC).";

    public static EntryCriteria parse(FieldErrors errors, String type, String from, String to, String q,
            String categoryId, String tag, String payee, String minAmount, String maxAmount) {
        Set<EntryType> types = parseTypes(type, errors);
        LocalDate fromDay = isDay(from) ? parseDay("from", from, errors) : null;
        LocalDate toDay = isDay(to) ? parseDay("to", to, errors) : null;
        Instant fromTime = isDay(from) ? null : TIMES.parse("from", from, errors);
        Instant toTime = isDay(to) ? null : TIMES.parse("to", to, errors);
        // an instant's end is exclusive: a range that starts where it ends is empty, and is not refused
        if (fromTime != null && toTime != null && fromTime.isAfter(toTime)
                || fromDay != null && toDay != null && fromDay.isAfter(toDay)) {
            errors.add("to", "The start date must be on or before the end date.");
        }
        String text = blankToNull(q);
        if (text != null && text.length() > MAX_TEXT) {
            errors.add("q", "The search text has at most " + MAX_TEXT + " characters.");
        }
        Long category = parseId("categoryId", categoryId, errors);
        String tagText = blankToNull(tag);
        if (tagText != null && tagText.codePointCount(0, tagText.length()) > EntryLimits.TAG_MAX) {
            errors.add("tag", "A tag has at most " + EntryLimits.TAG_MAX + " characters.");
        }
        String payeeText = blankToNull(payee);
        if (payeeText != null && payeeText.codePointCount(0, payeeText.length()) > EntryLimits.PAYEE_MAX) {
            errors.add("payee", "A payee has at most " + EntryLimits.PAYEE_MAX + " characters.");
        }
        checkAmountBound("minAmount", minAmount, errors);
        checkAmountBound("maxAmount", maxAmount, errors);
        return new EntryCriteria(types, fromTime, toTime, fromDay, toDay, text, category, tagText, payeeText,
                blankToNull(minAmount), blankToNull(maxAmount));
    }

    /** The filters as the queries take them, with amount bounds already in minor units (or none). */
    public HistoryFilter filter(Long minMinor, Long maxMinor) {
        // folded before escaping: folding may turn a character into % or _ (NFKC maps the full-width ％ to %)
        String folded = text == null ? null : SearchText.part(text);
        String payeeMarker = payee == null ? null : SearchText.payeeMarker(payee);
        String tagMarker = tag == null ? null : SearchText.tagMarker(tag);
        return new HistoryFilter(types, from, to, fromDay == null ? null : fromDay.toEpochDay(),
                toDay == null ? null : toDay.toEpochDay(), folded, folded == null ? null : contains(folded),
                categoryId, payeeMarker, payeeMarker == null ? null : contains(payeeMarker), tagMarker,
                tagMarker == null ? null : contains(tagMarker), minMinor, maxMinor);
    }

    /** A LIKE pattern (escape character {@code \}) that finds the text anywhere. */
    static String contains(String text) {
        return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private static boolean isDay(String text) {
        return text != null && DAY.matcher(text).matches();
    }

    private static LocalDate parseDay(String field, String text, FieldErrors errors) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            errors.add(field, DAY_OR_TIME);
            return null;
        }
    }

    private static Long parseId(String field, String text, FieldErrors errors) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        try {
            long value = Long.parseLong(text);
            if (value > 0) {
                return value;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        errors.add(field, "Enter the id of one of your categories.");
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

    static String blankToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
