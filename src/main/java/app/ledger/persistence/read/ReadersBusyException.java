package app.ledger.persistence.read;

import app.ledger.problem.BusyException;

/** 503 when more reads wait than the read queue may hold. Nothing was read. */
public class ReadersBusyException extends BusyException {

    public ReadersBusyException() {
        super("Too many requests are waiting to read from the database. Try again in a few seconds.", 1);
    }
}
