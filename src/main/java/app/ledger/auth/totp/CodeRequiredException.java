package app.ledger.auth.totp;

import app.ledger.problem.ProblemException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 403: a logged-in user with two-step login on confirmed a sensitive request with their password but no
 * code. Not 401 as at login: the session is fine, and a client must not take this for being logged out; a
 * wrong password or a wrong code answers 403 in the same place. The {@code accepts} member names the field
 * that carries the code.
 */
public class CodeRequiredException extends ProblemException {

    private final String field;

    public CodeRequiredException(String field) {
        super(403, "code-required", "Code required", "Two-step login is on: enter the code from your "
                + "authenticator app, or one of your recovery codes, to confirm. Nothing was changed.");
        this.field = field;
    }

    @Override
    public Map<String, Object> members() {
        Map<String, Object> members = new LinkedHashMap<>();
        members.put("accepts", List.of(field));
        return members;
    }
}
