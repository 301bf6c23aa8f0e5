package app.ledger.journal.history;

import app.ledger.journal.EntryView;
import java.util.List;

/** One page of history, newest first; {@code nextCursor} fetches the page after it, null on the last page. */
public record HistoryPage(List<EntryView> items, String nextCursor) {
}
