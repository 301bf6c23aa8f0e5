package app.ledger.journal;

import java.text.Normalizer;
import java.util.List;

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

    /** Starts each field after the description in {@link #of}; a letter after it names the field. */
    static final char FIELD = '\u001F';
    /** Stands before and after each tag in {@link #of}. */
    static final char TAG = '\u001E';

    private SearchText() {
    }

    /**
     * What an entry is searched by: its description, payee, notes and tags, each folded, in one text.
     * Fields are set apart by control characters that are taken out of the texts themselves, so that a
     * search never matches across two fields, and so that a payee or a tag can be matched exactly:
     * {@code description ␟p payee ␟n notes ␟t ␞tag␞tag␞}.
     */
    public static String of(String description, String payee, String notes, List<String> tags) {
        StringBuilder text = new StringBuilder();
        text.append(part(description)).append(FIELD).append('p').append(part(payee))
                .append(FIELD).append('n').append(part(notes)).append(FIELD).append('t');
        if (!tags.isEmpty()) {
            text.append(TAG);
            for (String tag : tags) {
                text.append(part(tag)).append(TAG);
            }
        }
        return text.toString();
    }

    /** The text as the query looks for it: folded, without the characters that set fields apart. */
    public static String part(String text) {
        return text == null ? "" : fold(text).replace(FIELD, ' ').replace(TAG, ' ');
    }

    /** What the search text of an entry with exactly this payee (regardless of case) contains. */
    public static String payeeMarker(String payee) {
        return FIELD + "p" + part(payee) + FIELD + "n";
    }

    /** What the search text of an entry with exactly this tag (regardless of case) contains. */
    public static String tagMarker(String tag) {
        return TAG + part(tag) + TAG;
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
