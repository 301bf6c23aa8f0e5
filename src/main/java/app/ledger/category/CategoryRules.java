package app.ledger.category;

import app.ledger.journal.EntryLimits;
import app.ledger.journal.SearchText;
import app.ledger.problem.FieldErrors;
import app.ledger.problem.InvalidInputException;
import app.ledger.problem.UnicodeText;
import java.util.Locale;
import java.util.regex.Pattern;

/** What a category's name, kind and colour must look like. No I/O. */
public final class CategoryRules {

    public static final int NAME_MAX = EntryLimits.CATEGORY_MAX;
    private static final Pattern COLOR = Pattern.compile("#[0-9a-fA-F]{6}");

    private CategoryRules() {
    }

    /** The name without surrounding white space, or a field error. */
    static String name(String raw, FieldErrors errors) {
        String name = raw == null ? "" : raw.strip();
        if (name.isEmpty()) {
            errors.add("name", "Enter a name for the category.");
        } else if (!UnicodeText.isWellFormed(name)) {
            errors.add("name", UnicodeText.NOT_WELL_FORMED);
        } else if (name.codePointCount(0, name.length()) > NAME_MAX) {
            errors.add("name", "A category name has at most " + NAME_MAX + " characters.");
        } else if (name.codePoints().anyMatch(Character::isISOControl)) {
            errors.add("name", "A category name cannot contain line breaks, tabs or other control characters.");
        }
        return name;
    }

    /**
     * What makes two names the same: case-folded as text search folds (so "CAFÉ" and "café" clash, in any
     * script, alike on SQLite and PostgreSQL).
     */
    public static String nameKey(String name) {
        return SearchText.fold(name.strip());
    }

    /** {@code #rrggbb} in lower case; null stays null (no colour). */
    static String color(String raw, FieldErrors errors) {
        if (raw == null) {
            return null;
        }
        if (!COLOR.matcher(raw).matches()) {
            errors.add("color", "Write the colour as #rrggbb, such as #1f77b4.");
            return null;
        }
        return raw.toLowerCase(Locale.ROOT);
    }

    static CategoryKind kind(String raw, FieldErrors errors) {
        if (raw == null) {
            errors.add("kind", "Choose whether the category is for expenses or income.");
            return null;
        }
        return CategoryKind.fromCode(raw).orElseGet(() -> {
            errors.add("kind", "A category is for expense or income.");
            return null;
        });
    }

    /** A category its owner may choose for an entry now: one of theirs, not archived. */
    public static void checkChoosable(Category category, long ownerId) {
        if (category == null || category.userId != ownerId) {
            throw new InvalidInputException("categoryId", "Choose one of your categories.");
        }
        if (category.archived()) {
            throw new InvalidInputException("categoryId",
                    "That category is archived: it stays on the entries that have it, but cannot be chosen again.");
        }
    }
}
