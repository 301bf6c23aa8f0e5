package app.ledger.account;

import app.ledger.problem.ProblemException;

public class AccountNameTakenException extends ProblemException {

    public AccountNameTakenException(String name) {
        super(409, "account-name-taken", "Account name taken", "You already have an account named \"" + name + "\".");
    }
}
