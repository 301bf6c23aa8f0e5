package app.ledger.persistence.read;

import app.ledger.problem.ProblemException;
import java.util.Map;

/** 503 with {@code Retry-After}: more reads are waiting than the read queue may hold. Nothing was read. */
public class ReadersBusyException extends ProblemException {

    public ReadersBusyException() {
        super(503, "server-busy", "Server busy", "The server has too many requests waiting. Try again in a moment.");
    }

    @Override
    public Map<String, String> headers() {
        return Map.of("Retry-After", "1");
    }
}
