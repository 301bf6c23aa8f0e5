package app.ledger.auth;

import app.ledger.problem.ProblemException;

/** 403: registration is closed ({@code ledger.registration.mode=closed}) and nobody is logged in. */
public class RegistrationClosedException extends ProblemException {

    public RegistrationClosedException() {
        super(403, "registration-closed", "Registration closed",
                "New users can be added only by someone who is logged in.");
    }
}
