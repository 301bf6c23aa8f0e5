package app.ledger.budget;

import app.ledger.problem.ProblemException;

/** 409: the user already has as many budgets as one user may have. */
public class TooManyBudgetsException extends ProblemException {

    public TooManyBudgetsException(int max) {
        super(409, "too-many-budgets", "Too many budgets",
                "You already have " + max + " budgets, the most one user may have. Delete one first.");
    }
}
