package app.ledger.auth.oidc;

import app.ledger.problem.ProblemException;

/** 404: the user has no identity link with this id. */
public class IdentityLinkNotFoundException extends ProblemException {

    public IdentityLinkNotFoundException() {
        super(404, "identity-link-not-found", "Link not found", "Your account has no such link to an identity provider.");
    }
}
