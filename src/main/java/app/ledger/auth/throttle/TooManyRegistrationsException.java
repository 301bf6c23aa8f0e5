package app.ledger.auth.throttle;

import app.ledger.problem.ProblemException;
import app.ledger.problem.Waits;
import java.time.Duration;
import java.util.Map;

/** 429: this address has registered as many users as it may for now. */
public class TooManyRegistrationsException extends ProblemException {

    private final long retryAfterSeconds;

    public TooManyRegistrationsException(Duration wait) {
        this(Math.max(1, (wait.toMillis() + 999) / 1000));
    }

    private TooManyRegistrationsException(long retryAfterSeconds) {
        super(429, "too-many-registrations", "Too many registrations",
                "Too many users were registered from your address. Try again in "
                        + Waits.inWords(retryAfterSeconds) + ".");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    @Override
    public Map<String, String> headers() {
        return Map.of("Retry-After", Long.toString(retryAfterSeconds));
    }
}
