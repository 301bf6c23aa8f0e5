package app.ledger.journal.posting;

/**
 * Optional body of a reversal: {@code {"occurredOn"?: "2024-03-31", "notes"?}}. Without a day the reversal
 * takes the day of the entry it cancels, so that the day's totals come out right.
 */
public record ReversalRequest(String occurredOn, String notes) {
}
