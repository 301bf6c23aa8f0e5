package app.ledger.imports.parse;

import app.ledger.problem.BusyException;

/** 503 when as many statement files are being read, and waiting to be, as the service takes at once. */
public class ImportBusyException extends BusyException {

    public ImportBusyException() {
        super("Too many statement files are being read right now. Try again in a few seconds.", 5);
    }
}
