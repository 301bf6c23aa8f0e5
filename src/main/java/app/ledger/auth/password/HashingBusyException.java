package app.ledger.auth.password;

import app.ledger.problem.ProblemException;
import java.util.Map;

/** 503 when more passwords wait to be checked than the hashing queue holds: back-pressure, not collapse. */
public class HashingBusyException extends ProblemException {

    public HashingBusyException() {
        super(503, "busy", "Busy",
                "Too many logins and registrations are being checked right now. Try again in a few seconds.");
    }

    @Override
    public Map<String, String> headers() {
        return Map.of("Retry-After", "2");
    }
}
