package app.ledger.auth.totp;

import app.ledger.problem.ProblemException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The password was right and the user has two-step login on: the login must be repeated with a code. The
 * {@code accepts} member names the fields that may carry one.
 */
public class SecondFactorRequiredException extends ProblemException {

    public SecondFactorRequiredException() {
        super(401, "second-factor-required", "Second factor required",
                "Enter the code from your authenticator app, or one of your recovery codes.");
    }

    @Override
    public Map<String, Object> members() {
        Map<String, Object> members = new LinkedHashMap<>();
        members.put("accepts", List.of("totp", "recoveryCode"));
        return members;
    }
}
