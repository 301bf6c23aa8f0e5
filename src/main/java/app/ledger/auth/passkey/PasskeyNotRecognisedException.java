package app.ledger.auth.passkey;

import app.ledger.problem.ProblemException;

/** A sign-in with a passkey this service does not know: never added, or removed since. */
public class PasskeyNotRecognisedException extends ProblemException {

    public PasskeyNotRecognisedException() {
        super(401, "passkey-not-recognised", "Passkey not recognised",
                "This passkey is not one of Ledger's: it may have been removed. Log in with your password.");
    }
}
