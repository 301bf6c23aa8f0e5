package app.ledger.journal.posting;

/** Body of a deposit or withdrawal: {@code {"amount": "12.34", "description": "...", "category": "..."}}. */
public record PostingRequest(String amount, String description, String category) {
}
