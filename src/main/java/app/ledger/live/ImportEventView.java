package app.ledger.live;

import app.ledger.journal.posting.ImportSummary;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The data of the {@code import} event: a statement import was committed ({@code imported} entries appended)
 * or undone ({@code reversed} of them reversed) in an account; views of it reload.
 */
@RegisterForReflection
public record ImportEventView(long importId, long accountId, String status, int imported, int reversed) {

    static ImportEventView of(ImportSummary summary) {
        return new ImportEventView(summary.importId(), summary.accountId(), summary.status(), summary.imported(),
                summary.reversed());
    }
}
