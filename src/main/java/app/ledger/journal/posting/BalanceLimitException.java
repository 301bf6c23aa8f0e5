package app.ledger.journal.posting;

import app.ledger.problem.ProblemException;

public class BalanceLimitException extends ProblemException {

    public BalanceLimitException() {
        super(422, "balance-limit", "Balance limit", "The balance would exceed the largest amount Ledger can hold.");
    }
}
