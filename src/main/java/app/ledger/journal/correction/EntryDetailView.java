package app.ledger.journal.correction;

import app.ledger.journal.EntryView;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;

/** An entry as it is now, with the trail of every change made to it, oldest first. */
@RegisterForReflection
public record EntryDetailView(EntryView entry, List<EntryChangeView> changes) {
}
