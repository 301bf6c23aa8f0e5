package app.ledger.journal.posting;

import app.ledger.problem.ProblemException;
import java.util.Map;

/** 503 when more writes are waiting than the writer queue may hold: back-pressure instead of collapse. */
public class LedgerBusyException extends ProblemException {

    public LedgerBusyException() {
        super(503, "ledger-busy", "Ledger busy", "Too many writes are waiting. Retry shortly.");
    }

    @Override
    public Map<String, String> headers() {
        return Map.of("Retry-After", "1");
    }
}
