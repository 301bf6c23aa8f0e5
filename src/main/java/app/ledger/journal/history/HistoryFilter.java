package app.ledger.journal.history;

import app.ledger.journal.EntryType;
import java.time.Instant;
import java.util.Set;

/**
 * History filters ready for the query: days as epoch days, amounts in minor units, texts as escaped LIKE
 * patterns over the entries' search text ({@code folded} is the search text itself, folded, to match category
 * names with; {@code payeeMarker} and {@code tagMarker} what the search text of a matching entry contains).
 */
public record HistoryFilter(Set<EntryType> types, Instant from, Instant to, Long fromDay, Long toDay, String folded,
        String textPattern, Long categoryId, String payeeMarker, String payeePattern, String tagMarker,
        String tagPattern, Long minMinor, Long maxMinor) {
}
