package app.ledger.auth.personaltoken;

import app.ledger.problem.ProblemException;

/** 403: the request was made with a personal access token that may not do this. */
public class InsufficientScopeException extends ProblemException {

    static final String READ_ONLY = "This access token may only read. Create a token with the write scope "
            + "to make changes.";
    static final String NEVER = "Access tokens cannot manage the account's security (tokens, sessions, "
            + "password, second factor), export its data, delete it, or open live event streams. "
            + "Log in to do this.";

    public InsufficientScopeException(String detail) {
        super(403, "insufficient-scope", "Insufficient scope", detail);
    }
}
