package app.ledger.journal.history;

import app.ledger.journal.EntryType;
import java.time.Instant;
import java.util.Set;

/** History filters ready for the query: amounts in minor units, text as an escaped LIKE pattern. */
public record HistoryFilter(Set<EntryType> types, Instant from, Instant to, String likePattern, Long minMinor,
        Long maxMinor) {
}
