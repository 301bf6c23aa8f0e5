package app.ledger.persistence.read;

/** Turns one result row into a value. Runs off the event loop on SQLite, so it must not touch a session. */
@FunctionalInterface
public interface RowMapper<T> {

    T map(Cells row) throws Exception;
}
