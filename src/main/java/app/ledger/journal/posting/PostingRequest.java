package app.ledger.journal.posting;

import java.util.List;

/**
 * Body of a deposit or withdrawal: {@code {"amount": "12.34", "occurredOn"?: "2024-03-31", "description"?,
 * "categoryId"?, "payee"?, "tags"?: [...], "notes"?}}. {@code category}, the free text of earlier versions,
 * is refused with a pointer to {@code categoryId}.
 */
public record PostingRequest(String amount, String occurredOn, String description, Long categoryId, String payee,
        List<String> tags, String notes, String category) {

    static PostingRequest empty() {
        return new PostingRequest(null, null, null, null, null, null, null, null);
    }
}
