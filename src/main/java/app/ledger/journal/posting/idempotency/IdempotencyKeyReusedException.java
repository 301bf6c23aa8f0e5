package app.ledger.journal.posting.idempotency;

import app.ledger.problem.ProblemException;

public class IdempotencyKeyReusedException extends ProblemException {

    public IdempotencyKeyReusedException() {
        super(422, "idempotency-key-reused", "Idempotency key reused",
                "This Idempotency-Key was already used for a different request in the last 24 hours. "
                        + "Send a new key with each new request.");
    }
}
