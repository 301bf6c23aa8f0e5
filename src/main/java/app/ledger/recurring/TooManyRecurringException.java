package app.ledger.recurring;

import app.ledger.problem.ProblemException;

/** 409: the user already has as many recurring entries as one user may have. */
public class TooManyRecurringException extends ProblemException {

    public TooManyRecurringException(int max) {
        super(409, "too-many-recurring", "Too many recurring entries",
                "You already have " + max + " recurring entries, the most one user may have. Delete one first.");
    }
}
