package app.ledger.auth.totp;

import app.ledger.problem.ProblemException;

/** Turning off a second factor that is not on. */
public class SecondFactorNotOnException extends ProblemException {

    public SecondFactorNotOnException() {
        super(409, "second-factor-not-on", "Second factor not on",
                "Two-step login is not on for this account.");
    }
}
