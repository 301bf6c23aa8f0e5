package app.ledger.auth.totp;

import app.ledger.problem.ProblemException;

/** A logged-in user confirmed a second-factor change with a code that is not right now's (or was used). */
public class WrongCodeException extends ProblemException {

    public WrongCodeException() {
        super(403, "wrong-code", "Wrong code",
                "The code is not correct, or was used already. Enter the current code from your authenticator app.");
    }
}
