package app.ledger.auth.throttle;

import app.ledger.problem.ProblemException;
import app.ledger.problem.Waits;
import java.time.Duration;
import java.util.Map;

public class TooManyAttemptsException extends ProblemException {

    private final long retryAfterSeconds;

    public TooManyAttemptsException(Duration wait) {
        this(Math.max(1, (wait.toMillis() + 999) / 1000));
    }

    private TooManyAttemptsException(long retryAfterSeconds) {
        super(429, "too-many-attempts", "Too many login attempts",
                "Too many attempts. Try again in " + Waits.inWords(retryAfterSeconds) + ".");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    @Override
    public Map<String, String> headers() {
        return Map.of("Retry-After", Long.toString(retryAfterSeconds));
    }
}
