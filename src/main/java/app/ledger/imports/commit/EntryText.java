package app.ledger.imports.commit;

import app.ledger.journal.EntryLimits;

/**
 * A statement's texts made fit for an entry, with no I/O: line breaks and other control characters become
 * spaces, surrounding space goes, and a text longer than the entry allows is cut (between characters, never
 * inside one). An empty text is none.
 */
final class EntryText {

    private EntryText() {
    }

    static String payee(String text) {
        return clip(text, EntryLimits.PAYEE_MAX);
    }

    static String clip(String text, int maxCodePoints) {
        if (text == null) {
            return null;
        }
        StringBuilder clean = new StringBuilder(Math.min(text.length(), maxCodePoints * 2));
        text.strip().codePoints().limit(maxCodePoints)
                .forEach(c -> clean.appendCodePoint(Character.isISOControl(c) ? ' ' : c));
        String result = clean.toString().strip();
        return result.isEmpty() ? null : result;
    }
}
