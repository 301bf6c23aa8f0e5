package app.ledger.auth;

import app.ledger.problem.ProblemException;

/** The same answer for an unknown user and a wrong password. */
public class InvalidCredentialsException extends ProblemException {

    public InvalidCredentialsException() {
        super(401, "invalid-credentials", "Invalid credentials", "The username or password is not correct.");
    }
}
