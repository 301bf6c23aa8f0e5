package app.ledger.rate;

import app.ledger.problem.ProblemException;

/** 404 for a rate that does not exist, belongs to another user or is a published one: they look alike. */
public class RateNotFoundException extends ProblemException {

    public RateNotFoundException(long id) {
        super(404, "rate-not-found", "Rate not found", "You have no exchange rate " + id + ".");
    }
}
