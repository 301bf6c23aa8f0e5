package app.ledger.auth.oidc;

import app.ledger.problem.ProblemException;

/** 404: sign-in through an identity provider is off ({@code ledger.oidc.enabled=false}): these routes do not exist. */
public class SignInDisabledException extends ProblemException {

    public SignInDisabledException() {
        super(404, "not-found", "Not found", "There is nothing at this address.");
    }
}
