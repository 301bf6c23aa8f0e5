package app.ledger.problem;

import java.util.List;
import java.util.Map;

/**
 * Base of every failure that Ledger reports on purpose. Each subclass fixes its problem type, status and
 * title; the message becomes the {@code detail}, a sentence written for the person who sees it (the web app
 * shows it as it is). Where the problem concerns one field of the request, {@link #fieldErrors} names it.
 */
public abstract class ProblemException extends RuntimeException {

    private final int status;
    private final String slug;
    private final String title;

    protected ProblemException(int status, String slug, String title, String detail) {
        super(detail, null, false, false);
        this.status = status;
        this.slug = slug;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public List<FieldError> fieldErrors() {
        return List.of();
    }

    /** Extension members of the problem type, written beside type, title and detail; in a stable order. */
    public Map<String, Object> members() {
        return Map.of();
    }

    /** Extra response headers, such as {@code Retry-After}. */
    public Map<String, String> headers() {
        return Map.of();
    }

    public Problem toProblem() {
        return new Problem(Problem.type(slug), title, status, getMessage(), fieldErrors(), members());
    }
}
