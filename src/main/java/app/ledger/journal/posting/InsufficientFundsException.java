package app.ledger.journal.posting;

import app.ledger.problem.ProblemException;

public class InsufficientFundsException extends ProblemException {

    public InsufficientFundsException(String balance, String amount, String currency) {
        super(409, "insufficient-funds", "Insufficient funds",
                "The balance of " + balance + " " + currency + " does not cover " + amount + " " + currency + ".");
    }
}
