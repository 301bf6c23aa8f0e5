package app.ledger.live;

import app.ledger.problem.ProblemException;

/** 429: the user already holds as many open event streams as one user may. */
public class TooManyStreamsException extends ProblemException {

    public TooManyStreamsException(int max) {
        super(429, "too-many-streams", "Too many live connections",
                "You already have " + max + " live connections open (one per open tab or device). "
                        + "Close one and try again.");
    }
}
