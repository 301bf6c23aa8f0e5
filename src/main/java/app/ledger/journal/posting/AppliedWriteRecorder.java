package app.ledger.journal.posting;

import io.smallrye.mutiny.Uni;
import java.util.List;

/**
 * Records what follows from the writes a batch applied, inside the writing transaction and in its session,
 * so that the record commits exactly when the entries do. A failure rolls the whole batch back; the writer
 * then tries each write alone, so only the write the recorder objects to fails.
 */
public interface AppliedWriteRecorder {

    Uni<Void> record(List<AppliedWrite> writes);

    /** A write the batch applied, with the entries it appended or changed. */
    record AppliedWrite(LedgerCommand command, List<CommittedEntry> entries) {
    }
}
