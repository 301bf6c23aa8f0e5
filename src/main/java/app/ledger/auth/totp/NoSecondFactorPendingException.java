package app.ledger.auth.totp;

import app.ledger.problem.ProblemException;

/** Confirming a TOTP setup that was never started. */
public class NoSecondFactorPendingException extends ProblemException {

    public NoSecondFactorPendingException() {
        super(409, "no-second-factor-pending", "No second factor being set up",
                "There is no authenticator being set up. Start the setup first.");
    }
}
