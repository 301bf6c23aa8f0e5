package app.ledger.imports.statement;

/**
 * Receives a statement as it is read, one row at a time, so that nothing has to hold the whole file. A
 * runtime exception thrown here stops the parse and reaches the caller as it is.
 */
public interface StatementSink {

    void row(ParsedRow row);

    /**
     * Called once per statement in the file, after its last row: OFX states its balances after the
     * transactions. Not called for formats without a statement header (CSV, QIF).
     */
    default void statement(StatementHeader header) {
    }
}
