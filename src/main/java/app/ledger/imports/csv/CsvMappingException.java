package app.ledger.imports.csv;

import app.ledger.problem.ProblemException;
import java.util.List;
import java.util.Map;

/** 400: the column mapping given for a CSV file cannot read it; each problem says what to choose. */
public class CsvMappingException extends ProblemException {

    private final List<String> problems;

    public CsvMappingException(List<String> problems) {
        super(400, "incomplete-csv-mapping", "The CSV columns are not fully mapped", String.join(" ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }

    @Override
    public Map<String, Object> members() {
        return Map.of("problems", problems);
    }
}
