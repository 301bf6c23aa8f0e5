package app.ledger.imports.statement;

import app.ledger.problem.ProblemException;
import java.util.Map;

/**
 * 400: the file as a whole cannot be read as the format it claims (as opposed to one bad row, which becomes an
 * {@link InvalidRow}). The detail names the line and what is wrong there.
 */
public class MalformedStatementException extends ProblemException {

    private final int line;

    public MalformedStatementException(int line, String detail) {
        super(400, "malformed-statement", "The file cannot be read",
                (line > 0 ? "Line " + line + ": " : "") + detail);
        this.line = line;
    }

    /** 1-based; 0 when the problem has no line (an empty file). */
    public int line() {
        return line;
    }

    @Override
    public Map<String, Object> members() {
        return line > 0 ? Map.of("line", line) : Map.of();
    }
}
