package app.ledger.web;

import app.ledger.problem.Problem;
import java.util.List;

/** Problems that several parts of the web layer answer with, written once. */
final class StandardProblems {

    static final Problem NOT_FOUND = new Problem(Problem.type("not-found"), "Not found", 404,
            "There is nothing at this address.", List.of());

    static final Problem UNAUTHORIZED = new Problem(Problem.type("unauthorized"), "Unauthorized", 401,
            "A valid session is required: log in first.", List.of());

    private StandardProblems() {
    }
}
