package app.ledger.budget;

import app.ledger.problem.ProblemException;

/** 404 for a budget that does not exist or belongs to someone else: the two are indistinguishable. */
public class BudgetNotFoundException extends ProblemException {

    public BudgetNotFoundException(long id) {
        super(404, "budget-not-found", "Budget not found", "There is no budget " + id + ".");
    }
}
