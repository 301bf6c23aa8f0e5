package app.ledger.category;

import app.ledger.problem.ProblemException;

/** 404 for a category that does not exist or belongs to someone else: the two are indistinguishable. */
public class CategoryNotFoundException extends ProblemException {

    public CategoryNotFoundException(long categoryId) {
        super(404, "category-not-found", "Category not found", "There is no category " + categoryId + ".");
    }
}
