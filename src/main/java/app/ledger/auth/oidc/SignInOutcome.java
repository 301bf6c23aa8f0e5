package app.ledger.auth.oidc;

import app.ledger.auth.LoginView;

/** What a return from the identity provider came to; the resource turns each into a redirect. */
sealed interface SignInOutcome {

    /** A session of ours was opened. */
    record SignedIn(LoginView login) implements SignInOutcome {
    }

    /** The logged-in user's account is now linked to the provider account. */
    record Linked(String username) implements SignInOutcome {
    }

    /**
     * Nothing happened, for a reason the web app explains: {@code no-account} (no user is linked and none may
     * be made), {@code linked-elsewhere} (the provider account opens another user), {@code already-linked}
     * (the user is linked to another account at this provider), {@code link-expired} (the link was started
     * too long ago, or from a session that has ended).
     */
    record Refused(String reason, String username) implements SignInOutcome {
    }
}
