package app.ledger.journal;

import java.text.Normalizer;

/**
 * The form in which descriptions are searched: the same on SQLite and PostgreSQL, because it is computed
 * here rather than by the database (SQLite's {@code lower()} knows only ASCII, PostgreSQL's depends on the
 * server's locale). Stored with each entry and applied to the query text alike, so a plain LIKE on the
 * stored form matches regardless of case.
 *
 * <p>NFKC first, so that composed and decomposed accents ("É" and "E" + U+0301) and compatibility forms
 * (ligatures, full-width letters) agree. Then each code point is case-folded as its upper case's lower
 * case, which is context-free and the same in every locale: Σ, σ and ς all become σ; İ and ı both become
 * i; ß and ẞ become "ss", as in full Unicode case folding, so "STRASSE" finds "Straße".
 */
public final class SearchText {

    private SearchText() {
    }

    public static String fold(String text) {
        if (text == null) {
            return null;
        }
        String composed = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder folded = new StringBuilder(composed.length());
        composed.codePoints().forEach(codePoint -> {
            int lower = Character.toLowerCase(Character.toUpperCase(codePoint));
            if (lower == 'ß') {
                folded.append("ss");
            } else {
                folded.appendCodePoint(lower);
            }
        });
        return folded.toString();
    }
}
