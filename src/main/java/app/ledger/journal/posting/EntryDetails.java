package app.ledger.journal.posting;

import java.time.LocalDate;
import java.util.List;

/**
 * What a write says about the entries it appends besides the money, checked already: the day (null for
 * today in the user's time zone, decided by the writer), description, category, payee, tags and notes.
 */
public record EntryDetails(LocalDate occurredOn, String description, Long categoryId, String payee,
        List<String> tags, String notes) {

    List<Long> categoryIds() {
        return categoryId == null ? List.of() : List.of(categoryId);
    }
}
