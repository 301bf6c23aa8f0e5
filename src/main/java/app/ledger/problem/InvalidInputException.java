package app.ledger.problem;

import java.util.List;
import java.util.stream.Collectors;

/** 400: the request was understood but one or more fields are not acceptable. Nothing was changed. */
public class InvalidInputException extends ProblemException {

    private final List<FieldError> errors;

    public InvalidInputException(List<FieldError> errors) {
        super(400, "invalid-input", "Invalid input", describe(errors));
        this.errors = List.copyOf(errors);
    }

    public InvalidInputException(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    @Override
    public List<FieldError> fieldErrors() {
        return errors;
    }

    /** Each field's message is a sentence of its own; together they say everything that needs a change. */
    private static String describe(List<FieldError> errors) {
        return errors.stream().map(FieldError::message).distinct().collect(Collectors.joining(" "));
    }
}
