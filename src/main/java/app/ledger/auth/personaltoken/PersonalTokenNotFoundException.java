package app.ledger.auth.personaltoken;

import app.ledger.problem.ProblemException;

/** The same answer for a token that never existed, was revoked already, or is another user's. */
public class PersonalTokenNotFoundException extends ProblemException {

    public PersonalTokenNotFoundException() {
        super(404, "token-not-found", "Token not found",
                "There is no such access token of yours. It may have been revoked already.");
    }
}
