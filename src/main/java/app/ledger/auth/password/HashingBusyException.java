package app.ledger.auth.password;

import app.ledger.problem.BusyException;

/** 503 when more passwords wait to be checked than the hashing queue holds: back-pressure, not collapse. */
public class HashingBusyException extends BusyException {

    public HashingBusyException() {
        super("Too many logins and registrations are being checked right now. Try again in a few seconds.", 2);
    }
}
