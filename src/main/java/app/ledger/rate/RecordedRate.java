package app.ledger.rate;

/** What posting a rate did: added a new one, or replaced the user's rate for that day and pair. */
public sealed interface RecordedRate {

    RateView rate();

    record Added(RateView rate) implements RecordedRate {
    }

    record Replaced(RateView rate) implements RecordedRate {
    }
}
