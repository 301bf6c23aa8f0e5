package app.ledger.auth.session;

import app.ledger.problem.ProblemException;

/** The same answer for a session that never existed, has ended, or is another user's. */
public class SessionNotFoundException extends ProblemException {

    public SessionNotFoundException() {
        super(404, "session-not-found", "Session not found",
                "There is no such session of yours. It may have ended already.");
    }
}
