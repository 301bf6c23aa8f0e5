package app.ledger.journal.posting;

import io.smallrye.mutiny.Uni;
import java.util.List;

/** Applies a batch of commands in one transaction: one result per command, in order. */
public interface BatchApplier {

    Uni<List<PostingResult>> apply(List<LedgerCommand> commands);
}
