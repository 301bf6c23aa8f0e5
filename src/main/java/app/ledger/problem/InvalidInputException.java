package app.ledger.problem;

import java.util.List;

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

    private static String describe(List<FieldError> errors) {
        return errors.size() == 1
                ? errors.get(0).field() + ": " + errors.get(0).message()
                : errors.size() + " fields are invalid";
    }
}
