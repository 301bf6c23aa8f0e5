package app.ledger.ledger;

/** A write's answer as it goes out, and as a replay with the same Idempotency-Key returns it again. */
public record LedgerResponse(int status, String body) {
}
