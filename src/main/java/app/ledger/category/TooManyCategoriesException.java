package app.ledger.category;

import app.ledger.problem.ProblemException;

/** 409: the user already has as many categories as one user may have. */
public class TooManyCategoriesException extends ProblemException {

    public TooManyCategoriesException(int max) {
        super(409, "too-many-categories", "Too many categories",
                "You already have " + max + " categories, the most one user may have. Archived ones count too.");
    }
}
