package app.ledger.journal.search;

/**
 * The database's index over {@code entries.search_text}: a statement that gives the ids of the entries whose
 * search text contains a text, answered from the index when the text has at least three characters.
 */
public interface TextIndex {

    /** Characters a text needs for the index to find it: both indexes are of trigrams. */
    int MIN_CHARACTERS = 3;

    /** {@code SELECT <id> FROM … WHERE …}, with one parameter: {@link #pattern} of the text. */
    String idsContaining();

    /** The parameter of {@link #idsContaining} for a folded text. */
    String pattern(String folded);
}
