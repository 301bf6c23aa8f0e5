package app.ledger.support;

import app.ledger.problem.FieldErrors;

/** The {@code limit} query parameter of the routes that answer a bounded list. */
public final class LimitParameter {

    private LimitParameter() {
    }

    /**
     * The limit asked for, or {@code defaultValue} when none is given (or it is refused, with a field error).
     *
     * @param meaning what the limit counts, for the message: "page size", "number of suggestions"
     */
    public static int parse(String text, int defaultValue, int max, String meaning, FieldErrors errors) {
        if (text == null || text.isEmpty()) {
            return defaultValue;
        }
        try {
            int value = Integer.parseInt(text);
            if (value >= 1 && value <= max) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // said below
        }
        errors.add("limit", "The " + meaning + " (limit) is a whole number from 1 to " + max + ".");
        return defaultValue;
    }
}
