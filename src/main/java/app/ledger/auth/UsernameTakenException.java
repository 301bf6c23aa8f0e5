package app.ledger.auth;

import app.ledger.problem.FieldError;
import app.ledger.problem.ProblemException;
import java.util.List;

/** 409 at the {@code username} field: someone already has this username (in any letter case). */
public class UsernameTakenException extends ProblemException {

    static final String MESSAGE = "This username is already taken. Choose another one.";

    public UsernameTakenException() {
        super(409, "username-taken", "Username taken", MESSAGE);
    }

    @Override
    public List<FieldError> fieldErrors() {
        return List.of(new FieldError("username", MESSAGE));
    }
}
