package app.ledger.persistence.read;

/** The cells of one result row, read by position (0 is the first column of the select list). */
public interface Cells {

    long getLong(int column);

    /** Null for SQL NULL. */
    Long getNullableLong(int column);

    String getString(int column);
}
