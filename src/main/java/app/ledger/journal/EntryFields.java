package app.ledger.journal;

import app.ledger.problem.FieldErrors;
import app.ledger.problem.UnicodeText;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The checks on an entry's own fields, shared by the writes that create entries and the edit that changes
 * their metadata. No I/O. Each adds field errors rather than throwing, so that a client learns about all of
 * them at once.
 */
public final class EntryFields {

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private EntryFields() {
    }

    /** Any text up to the limit, stored exactly as sent. */
    public static void checkDescription(String description, FieldErrors errors) {
        checkText("description", description, EntryLimits.DESCRIPTION_MAX, errors);
    }

    /** Any text up to the limit, stored exactly as sent (line breaks included). */
    public static void checkNotes(String notes, FieldErrors errors) {
        checkText("notes", notes, EntryLimits.NOTES_MAX, errors);
    }

    /** A name on one line, without surrounding spaces; a blank one means none. */
    public static String payee(String payee, FieldErrors errors) {
        if (payee == null) {
            return null;
        }
        String stripped = payee.strip();
        if (!UnicodeText.isWellFormed(stripped)) {
            errors.add("payee", UnicodeText.NOT_WELL_FORMED);
        } else if (stripped.codePointCount(0, stripped.length()) > EntryLimits.PAYEE_MAX) {
            errors.add("payee", "A payee has at most " + EntryLimits.PAYEE_MAX + " characters.");
        } else if (stripped.codePoints().anyMatch(Character::isISOControl)) {
            errors.add("payee", "A payee cannot contain line breaks, tabs or other control characters.");
        }
        return stripped.isEmpty() ? null : stripped;
    }

    /**
     * Tags without surrounding spaces, each kept once whatever its case (the first spelling wins), in the
     * order sent: at most {@link EntryLimits#TAGS_MAX} of at most {@link EntryLimits#TAG_MAX} characters.
     */
    public static List<String> tags(List<String> tags, FieldErrors errors) {
        if (tags == null) {
            return List.of();
        }
        List<String> kept = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String raw : tags) {
            if (raw == null) {
                errors.add("tags", "Each tag is a text; leave out empty ones.");
                return List.of();
            }
            String tag = raw.strip();
            if (tag.isEmpty()) {
                errors.add("tags", "Each tag needs at least one character that is not a space.");
                return List.of();
            }
            if (!UnicodeText.isWellFormed(tag)) {
                errors.add("tags", UnicodeText.NOT_WELL_FORMED);
                return List.of();
            }
            if (tag.codePointCount(0, tag.length()) > EntryLimits.TAG_MAX
                    || tag.codePoints().anyMatch(Character::isISOControl)) {
                errors.add("tags", "A tag has at most " + EntryLimits.TAG_MAX
                        + " characters, on one line, without tabs or other control characters.");
                return List.of();
            }
            if (seen.add(SearchText.fold(tag))) {
                kept.add(tag);
            }
        }
        if (kept.size() > EntryLimits.TAGS_MAX) {
            errors.add("tags", "An entry has at most " + EntryLimits.TAGS_MAX + " different tags.");
            return List.of();
        }
        return List.copyOf(kept);
    }

    /**
     * A calendar day written {@code YYYY-MM-DD}, not before {@link EntryLimits#EARLIEST_OCCURRED_ON}; null when
     * absent. How far ahead it may be depends on the user's today, which the writer checks.
     */
    public static LocalDate occurredOn(String text, FieldErrors errors) {
        if (text == null) {
            return null;
        }
        LocalDate date = null;
        if (DATE.matcher(text).matches()) {
            try {
                date = LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
            } catch (DateTimeParseException notADay) {
                // reported below
            }
        }
        if (date == null) {
            errors.add("occurredOn", "Enter the date as YYYY-MM-DD, such as 2024-03-31.");
            return null;
        }
        if (date.isBefore(EntryLimits.EARLIEST_OCCURRED_ON)) {
            errors.add("occurredOn", "Enter a date on or after " + EntryLimits.EARLIEST_OCCURRED_ON + ".");
            return null;
        }
        return date;
    }

    private static void checkText(String field, String text, int max, FieldErrors errors) {
        if (text == null) {
            return;
        }
        if (!UnicodeText.isWellFormed(text)) {
            errors.add(field, UnicodeText.NOT_WELL_FORMED);
        } else if (text.codePointCount(0, text.length()) > max) {
            errors.add(field, "A " + field + " has at most " + max + " characters.");
        }
    }
}
