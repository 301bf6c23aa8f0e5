package app.ledger.web;

/** One rejected input field of a problem response: which field and what is wrong with it. */
public record FieldError(String field, String message) {
}
