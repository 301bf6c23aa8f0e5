package app.ledger.journal.search;

import app.ledger.journal.EntryView;
import java.util.List;

/** One page of search results, newest day first; {@code nextCursor} fetches the next page, null on the last. */
public record SearchPage(List<EntryView> items, String nextCursor) {
}
