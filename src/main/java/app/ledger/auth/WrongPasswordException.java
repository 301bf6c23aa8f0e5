package app.ledger.auth;

import app.ledger.problem.ProblemException;

/**
 * 403: a logged-in user confirmed a sensitive request with a password that is not theirs. Not 401: the
 * session is fine, and a client must not take this for being logged out.
 */
public class WrongPasswordException extends ProblemException {

    public WrongPasswordException() {
        super(403, "wrong-password", "Wrong password", "The password is not correct. Nothing was changed.");
    }
}
