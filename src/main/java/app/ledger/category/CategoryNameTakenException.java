package app.ledger.category;

import app.ledger.problem.ProblemException;

public class CategoryNameTakenException extends ProblemException {

    public CategoryNameTakenException(String name) {
        super(409, "category-name-taken", "Category name taken",
                "You already have a category named \"" + name + "\" in the same place.");
    }
}
