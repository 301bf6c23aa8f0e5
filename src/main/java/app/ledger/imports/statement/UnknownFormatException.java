package app.ledger.imports.statement;

import app.ledger.problem.ProblemException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** 415: the file is none of the statement formats Ledger reads (or a variant of one it does not read). */
public class UnknownFormatException extends ProblemException {

    public UnknownFormatException(String why) {
        super(415, "unknown-statement-format", "Unknown statement format",
                why + " Ledger reads " + StatementFormat.describeAll() + ".");
    }

    @Override
    public Map<String, Object> members() {
        List<String> known = Arrays.stream(StatementFormat.values()).map(StatementFormat::label).toList();
        return Map.of("knownFormats", known);
    }
}
