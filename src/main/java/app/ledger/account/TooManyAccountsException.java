package app.ledger.account;

import app.ledger.problem.ProblemException;

/** 409: the user already has as many accounts as one user may have. */
public class TooManyAccountsException extends ProblemException {

    public TooManyAccountsException(int max) {
        super(409, "too-many-accounts", "Too many accounts",
                "You already have " + max + " accounts, the most one user may have.");
    }
}
