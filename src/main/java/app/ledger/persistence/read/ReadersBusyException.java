package app.ledger.persistence.read;

import app.ledger.problem.ProblemException;
import java.util.Map;

/** 503 with {@code Retry-After}: more reads are waiting than the read queue may hold. Nothing was read. */
public class ReadersBusyException extends ProblemException {

    public ReadersBusyException() {
        super(503, "busy", "Busy",
                "Too many requests are waiting to read from the database. Try again in a few seconds.");
    }

    @Override
    public Map<String, String> headers() {
        return Map.of("Retry-After", "1");
    }
}
