package app.ledger.auth;

import app.ledger.problem.ProblemException;

/**
 * A logged-in user confirmed a change with a password that is not theirs. 403 rather than 401: the session
 * is fine, and the web app must not take this for being logged out.
 */
public class WrongPasswordException extends ProblemException {

    public WrongPasswordException() {
        super(403, "wrong-password", "Wrong password", "The password is not correct. Nothing was changed.");
    }
}
