package app.ledger.account;

import app.ledger.problem.ProblemException;

/** 404 for an account that does not exist or belongs to someone else: the two are indistinguishable. */
public class AccountNotFoundException extends ProblemException {

    public AccountNotFoundException(long accountId) {
        super(404, "account-not-found", "Account not found",
                "Account " + accountId + " does not exist or is not yours.");
    }
}
