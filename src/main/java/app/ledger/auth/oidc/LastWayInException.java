package app.ledger.auth.oidc;

import app.ledger.problem.ProblemException;

/** 409: unlinking the provider would leave the user no way to log in. */
public class LastWayInException extends ProblemException {

    public LastWayInException() {
        super(409, "last-way-in", "Only way in",
                "Signing in through the identity provider is your only way into Ledger, so the link stays.");
    }
}
