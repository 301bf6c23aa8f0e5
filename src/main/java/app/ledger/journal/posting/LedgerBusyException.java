package app.ledger.journal.posting;

import app.ledger.problem.ProblemException;
import java.util.Map;

/**
 * 503 with {@code Retry-After}: the writer takes no more writes now, either because more are waiting than
 * its queue may hold (back-pressure instead of collapse) or because the service is stopping. Nothing of
 * the refused write was saved, so retrying it is always safe.
 */
public class LedgerBusyException extends ProblemException {

    public LedgerBusyException() {
        this("Ledger is busy with many other changes right now and saved nothing of this one. "
                + "Try again in a moment.");
    }

    private LedgerBusyException(String detail) {
        super(503, "ledger-busy", "Ledger busy", detail);
    }

    static LedgerBusyException stopping() {
        return new LedgerBusyException("This server is stopping and saved nothing of this change. "
                + "Try again in a moment.");
    }

    @Override
    public Map<String, String> headers() {
        return Map.of("Retry-After", "1");
    }
}
