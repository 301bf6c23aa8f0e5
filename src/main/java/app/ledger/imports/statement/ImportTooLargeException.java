package app.ledger.imports.statement;

import app.ledger.problem.ProblemException;
import java.util.Map;

/** 413: the file is larger, or holds more rows, than an import accepts. */
public class ImportTooLargeException extends ProblemException {

    private final String limit;
    private final long max;

    private ImportTooLargeException(String limit, long max, String detail) {
        super(413, "import-too-large", "The file is too large to import", detail);
        this.limit = limit;
        this.max = max;
    }

    public static ImportTooLargeException bytes(long maxBytes) {
        return new ImportTooLargeException("max-bytes", maxBytes,
                "The file is larger than " + maxBytes + " bytes, the most an import accepts. Split it into "
                        + "several files, by month for instance.");
    }

    public static ImportTooLargeException rows(int maxRows) {
        return new ImportTooLargeException("max-rows", maxRows,
                "The file holds more than " + maxRows + " transactions, the most an import accepts. Split it "
                        + "into several files, by month for instance.");
    }

    /** {@code max-bytes} or {@code max-rows}. */
    public String limit() {
        return limit;
    }

    public long max() {
        return max;
    }

    @Override
    public Map<String, Object> members() {
        return Map.of("limit", limit, "max", max);
    }
}
