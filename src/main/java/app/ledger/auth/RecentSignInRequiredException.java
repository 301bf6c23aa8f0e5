package app.ledger.auth;

import app.ledger.problem.ProblemException;
import java.time.Duration;

/**
 * 403: a user without a password (signed up through an identity provider) asked for a sensitive change with
 * a session opened too long ago to stand in for typing a password.
 */
public class RecentSignInRequiredException extends ProblemException {

    public RecentSignInRequiredException(Duration recent) {
        super(403, "recent-sign-in-required", "Sign in again first", "This account has no password: sign in "
                + "again (through your identity provider or with a passkey), then do this within "
                + recent.toMinutes() + " minutes. Nothing was changed.");
    }
}
