package app.ledger.journal.posting;

import app.ledger.journal.EntryLimits;
import app.ledger.money.Money;
import app.ledger.problem.FieldErrors;
import app.ledger.problem.UnicodeText;
import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Checks on a write request that need no database: amount form and range, text lengths, the idempotency
 * key. What depends on the account (its currency's decimals, its balance) is checked by the writer.
 */
final class WriteRules {

    private static final int DESCRIPTION_MAX = EntryLimits.DESCRIPTION_MAX;
    private static final int CATEGORY_MAX = EntryLimits.CATEGORY_MAX;
    static final String IDEMPOTENCY_HEADER = "Idempotency-Key";
    private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");

    private WriteRules() {
    }

    static void checkAmount(String amount, BigDecimal max, FieldErrors errors) {
        if (amount == null || amount.isEmpty()) {
            errors.add("amount", "Enter an amount.");
            return;
        }
        Money.parseDecimal(amount).ifPresentOrElse(value -> {
            if (value.signum() <= 0) {
                errors.add("amount", "Enter an amount greater than zero.");
            } else if (value.compareTo(max) > 0) {
                errors.add("amount", "Enter an amount of at most " + Money.grouped(max.toPlainString()) + ".");
            }
        }, () -> errors.add("amount", Money.NOT_A_DECIMAL));
    }

    static void checkDescription(String description, FieldErrors errors) {
        if (description == null) {
            return;
        }
        if (!UnicodeText.isWellFormed(description)) {
            errors.add("description", UnicodeText.NOT_WELL_FORMED);
        } else if (description.codePointCount(0, description.length()) > DESCRIPTION_MAX) {
            errors.add("description", "A description has at most " + DESCRIPTION_MAX + " characters.");
        }
    }

    static void checkCategory(String category, FieldErrors errors) {
        if (category == null) {
            return;
        }
        if (!UnicodeText.isWellFormed(category)) {
            errors.add("category", UnicodeText.NOT_WELL_FORMED);
        } else if (category.isBlank()) {
            errors.add("category", "Enter a category, or leave it out.");
        } else if (category.codePointCount(0, category.length()) > CATEGORY_MAX) {
            errors.add("category", "A category has at most " + CATEGORY_MAX + " characters.");
        } else if (category.codePoints().anyMatch(Character::isISOControl)) {
            errors.add("category", "A category cannot contain line breaks, tabs or other control characters.");
        }
    }

    static void checkIdempotencyKey(String key, FieldErrors errors) {
        if (key != null && !IDEMPOTENCY_KEY.matcher(key).matches()) {
            errors.add(IDEMPOTENCY_HEADER, "An Idempotency-Key has 1 to 255 characters, each a visible ASCII "
                    + "character: a letter, a digit or a punctuation mark, no spaces.");
        }
    }
}
