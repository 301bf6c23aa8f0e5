package app.ledger.journal.posting;

import app.ledger.money.Money;
import app.ledger.problem.FieldErrors;
import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Checks on a write request that need no database: amount form and range and the idempotency key (the
 * entry's own fields are checked by {@link app.ledger.journal.EntryFields}). What depends on the account
 * (its currency's decimals, its balance), the category and the user's today is checked by the writer.
 */
public final class WriteRules {

    public static final String IDEMPOTENCY_HEADER = "Idempotency-Key";
    private static final Pattern IDEMPOTENCY_KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");

    private WriteRules() {
    }

    public static void checkAmount(String amount, BigDecimal max, FieldErrors errors) {
        checkAmount("amount", amount, max, errors);
    }

    /** The amount in {@code field}: a plain decimal greater than zero and at most {@code max}. */
    static void checkAmount(String field, String amount, BigDecimal max, FieldErrors errors) {
        if (amount == null || amount.isEmpty()) {
            errors.add(field, "Enter an amount.");
            return;
        }
        Money.parseDecimal(amount).ifPresentOrElse(value -> {
            if (value.signum() <= 0) {
                errors.add(field, "Enter an amount greater than zero.");
            } else if (value.compareTo(max) > 0) {
                errors.add(field, "Enter an amount of at most " + Money.grouped(max.toPlainString()) + ".");
            }
        }, () -> errors.add(field, Money.NOT_A_DECIMAL));
    }

    static void checkIdempotencyKey(String key, FieldErrors errors) {
        if (key != null && !IDEMPOTENCY_KEY.matcher(key).matches()) {
            errors.add(IDEMPOTENCY_HEADER, "An Idempotency-Key has 1 to 255 characters, each a visible ASCII "
                    + "character: a letter, a digit or a punctuation mark, no spaces.");
        }
    }
}
