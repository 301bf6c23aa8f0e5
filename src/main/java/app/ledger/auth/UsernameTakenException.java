package app.ledger.auth;

import app.ledger.problem.ProblemException;

public class UsernameTakenException extends ProblemException {

    public UsernameTakenException(String username) {
        super(409, "username-taken", "Username taken", "The username \"" + username + "\" is already taken.");
    }
}
