package app.ledger.journal.history;

import app.ledger.journal.EntryType;
import java.time.Instant;
import java.util.Set;

/**
 * History filters ready for the query: days as epoch days, amounts in minor units, texts as escaped LIKE
 * patterns over the entries' search text ({@code folded} is the search text itself, folded, to match category
 * names with).
 */
public record HistoryFilter(Set<EntryType> types, Instant from, Instant to, Long fromDay, Long toDay, String folded,
        String textPattern, Long categoryId, String payeePattern, String tagPattern, Long minMinor, Long maxMinor) {
}
