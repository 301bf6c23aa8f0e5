package app.ledger.problem;

import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * One rejected input field of a problem response: which field, and a sentence for the person who filled it
 * in that says what to change ("Enter an amount.").
 */
@RegisterForReflection
public record FieldError(String field, String message) {
}
