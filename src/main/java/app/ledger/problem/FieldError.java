package app.ledger.problem;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** One rejected input field of a problem response: which field and what is wrong with it. */
@RegisterForReflection
public record FieldError(String field, String message) {
}
