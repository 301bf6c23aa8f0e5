package app.ledger.auth.totp;

import app.ledger.problem.ProblemException;

/** The password was right but the TOTP or recovery code given with it was not. */
public class InvalidSecondFactorException extends ProblemException {

    public InvalidSecondFactorException() {
        super(401, "invalid-second-factor", "Invalid second factor",
                "The code is not correct, or was used already. Enter the current code from your authenticator "
                        + "app, or one of your recovery codes.");
    }
}
