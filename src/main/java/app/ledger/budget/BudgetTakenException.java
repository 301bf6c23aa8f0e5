package app.ledger.budget;

import app.ledger.problem.ProblemException;

/** 409: the user has a budget for this category and currency already. */
public class BudgetTakenException extends ProblemException {

    public BudgetTakenException(String categoryName, String currency) {
        super(409, "budget-exists", "Budget exists already",
                "You already have a " + currency + " budget for \"" + categoryName + "\". Change that one instead.");
    }
}
