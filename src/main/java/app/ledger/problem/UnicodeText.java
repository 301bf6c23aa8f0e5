package app.ledger.problem;

/**
 * The check every free-text field of a write goes through. JSON may carry an unpaired UTF-16 surrogate
 * ({@code "\ud800"}); such a string has no UTF-8 form, so the database would store something else (a
 * {@code ?}) than what was sent. It is refused instead, so that text is always stored exactly as sent.
 */
public final class UnicodeText {

    /** The field error for text that is not well-formed. */
    public static final String NOT_WELL_FORMED =
            "This text contains a broken character and cannot be stored exactly as sent. Type it again.";

    private UnicodeText() {
    }

    /** True when every surrogate is one half of a high-low pair, in that order. */
    public static boolean isWellFormed(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
