package app.ledger.problem;

import java.util.Map;

/**
 * 503 {@code busy} with {@code Retry-After}: a bounded queue is full, so the request is refused at once
 * (back-pressure instead of collapse). Nothing of it was done, so retrying is always safe.
 */
public class BusyException extends ProblemException {

    private final int retryAfterSeconds;

    protected BusyException(String detail, int retryAfterSeconds) {
        super(503, "busy", "Busy", detail);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    @Override
    public Map<String, String> headers() {
        return Map.of("Retry-After", Integer.toString(retryAfterSeconds));
    }
}
