package app.ledger.auth.totp;

import app.ledger.problem.ProblemException;

/** Setting up TOTP while it is on would silently replace the authenticator the user relies on. */
public class SecondFactorAlreadyOnException extends ProblemException {

    public SecondFactorAlreadyOnException() {
        super(409, "second-factor-already-on", "Second factor already on",
                "Two-step login is already on. Turn it off first to set up another authenticator.");
    }
}
