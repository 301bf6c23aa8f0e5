package app.ledger.account;

import app.ledger.problem.FieldError;
import app.ledger.problem.ProblemException;
import java.util.List;

/** 409 at the {@code name} field: the user already has an account of this name. */
public class AccountNameTakenException extends ProblemException {

    static final String MESSAGE = "You already have an account with this name. Choose another one.";

    public AccountNameTakenException() {
        super(409, "account-name-taken", "Account name taken", MESSAGE);
    }

    @Override
    public List<FieldError> fieldErrors() {
        return List.of(new FieldError("name", MESSAGE));
    }
}
