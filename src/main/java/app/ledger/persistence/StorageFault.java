package app.ledger.persistence;

/**
 * A database failure that is about its storage rather than about the request: the disk is full or
 * failing, or the database file is damaged. {@code code} names what the database reported, such as
 * {@code SQLITE_FULL} or PostgreSQL's SQLSTATE {@code 53100}.
 */
public record StorageFault(Kind kind, String code) {

    public enum Kind {
        /** Writes are refused (disk full, I/O error); they succeed again once the cause is gone. */
        UNWRITABLE,
        /** The database reports that its file is damaged; only an operator can repair it. */
        CORRUPT
    }
}
