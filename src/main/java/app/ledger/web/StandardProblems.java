package app.ledger.web;

import app.ledger.problem.Problem;
import java.util.List;

/** Problems that several parts of the web layer answer with, written once. */
final class StandardProblems {

    static final Problem NOT_FOUND = new Problem(Problem.type("not-found"), "Not found", 404,
            "There is nothing at this address.", List.of());

    static final Problem UNAUTHORIZED = new Problem(Problem.type("unauthorized"), "Unauthorized", 401,
            "You are not logged in, or your session has ended. Log in to continue.", List.of());

    static final Problem UNSUPPORTED_MEDIA_TYPE = new Problem(Problem.type("unsupported-media-type"),
            "Unsupported media type", 415,
            "Send the request body in a type this address accepts: JSON (application/json), or XML "
                    + "(application/xml) for a rates file.", List.of());

    static final Problem CROSS_ORIGIN = new Problem(Problem.type("cross-origin-request"),
            "Cross-origin request refused", 403,
            "This change came from a page of another website. Changes are accepted only from Ledger's own pages.",
            List.of());

    private StandardProblems() {
    }
}
