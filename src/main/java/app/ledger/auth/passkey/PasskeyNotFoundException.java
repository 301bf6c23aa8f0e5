package app.ledger.auth.passkey;

import app.ledger.problem.ProblemException;

/** The same answer for a passkey that never existed, was removed already, or is another user's. */
public class PasskeyNotFoundException extends ProblemException {

    PasskeyNotFoundException() {
        super(404, "passkey-not-found", "Passkey not found",
                "There is no such passkey of yours. It may have been removed already.");
    }
}
