package app.ledger.imports.parse;

import app.ledger.problem.FieldError;
import app.ledger.problem.ProblemException;
import java.util.List;

/**
 * 400: a CSV file cannot be imported until its columns are mapped: no mapping was given, no saved profile
 * matches its header and the suggestion is incomplete, or the mapping does not fit the file. Each error says
 * what to choose.
 */
public class CsvMappingNeededException extends ProblemException {

    private final List<FieldError> errors;

    public CsvMappingNeededException(List<String> problems) {
        super(400, "csv-mapping-needed", "Map the columns of the CSV file", String.join(" ", problems));
        this.errors = problems.stream().map(problem -> new FieldError("mapping", problem)).toList();
    }

    @Override
    public List<FieldError> fieldErrors() {
        return errors;
    }
}
