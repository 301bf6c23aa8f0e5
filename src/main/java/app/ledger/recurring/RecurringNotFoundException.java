package app.ledger.recurring;

import app.ledger.problem.ProblemException;

/** 404 for a schedule that does not exist or belongs to someone else: the two are indistinguishable. */
public class RecurringNotFoundException extends ProblemException {

    public RecurringNotFoundException(long id) {
        super(404, "recurring-not-found", "Recurring entry not found", "There is no recurring entry " + id + ".");
    }
}
