package app.ledger.auth.passkey;

import app.ledger.problem.ProblemException;
import java.util.Map;

/** 409: the user holds as many passkeys as one may. */
public class TooManyPasskeysException extends ProblemException {

    private final int max;

    TooManyPasskeysException(int max) {
        super(409, "too-many-passkeys", "Too many passkeys",
                "You have " + max + " passkeys, as many as one may have. Remove one you no longer use first.");
        this.max = max;
    }

    @Override
    public Map<String, Object> members() {
        return Map.of("max", max);
    }
}
