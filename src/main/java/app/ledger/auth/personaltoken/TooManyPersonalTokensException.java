package app.ledger.auth.personaltoken;

import app.ledger.problem.ProblemException;
import java.util.Map;

/** 409: the user holds as many access tokens as one may. */
public class TooManyPersonalTokensException extends ProblemException {

    private final int max;

    public TooManyPersonalTokensException(int max) {
        super(409, "too-many-tokens", "Too many access tokens",
                "You have " + max + " access tokens, as many as one may have. Revoke one you no longer use first.");
        this.max = max;
    }

    @Override
    public Map<String, Object> members() {
        return Map.of("max", max);
    }
}
