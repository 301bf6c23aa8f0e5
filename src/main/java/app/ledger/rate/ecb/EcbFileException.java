package app.ledger.rate.ecb;

import app.ledger.problem.ProblemException;
import java.util.Map;

/** 400: the file is not the ECB's euro reference rates XML, or not one Ledger accepts. Nothing was stored. */
public class EcbFileException extends ProblemException {

    private final int line;

    public EcbFileException(int line, String detail) {
        super(400, "invalid-rates-file", "Not an ECB reference rates file",
                (line > 0 ? "Line " + line + ": " : "") + detail);
        this.line = line;
    }

    public int line() {
        return line;
    }

    @Override
    public Map<String, Object> members() {
        return line > 0 ? Map.of("line", line) : Map.of();
    }
}
