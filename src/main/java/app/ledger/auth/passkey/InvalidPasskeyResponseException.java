package app.ledger.auth.passkey;

import app.ledger.problem.ProblemException;

/**
 * The browser's answer to a passkey challenge does not hold: malformed, for another site or page, for a
 * challenge this service did not make (or made for something else, or that expired or was answered
 * already), without user verification, or wrongly signed. 400 when adding a passkey, 401 when signing in.
 */
public class InvalidPasskeyResponseException extends ProblemException {

    InvalidPasskeyResponseException(int status, String detail) {
        super(status, "invalid-passkey-response", "Invalid passkey response", detail);
    }
}
