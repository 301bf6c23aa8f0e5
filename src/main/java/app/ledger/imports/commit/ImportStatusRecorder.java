package app.ledger.imports.commit;

import app.ledger.journal.posting.AppliedWriteRecorder;
import app.ledger.journal.posting.LedgerCommand;
import app.ledger.support.InOrder;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

/**
 * Moves an import's status in the transaction that appends (or reverses) its entries, so that both commit
 * together or not at all: previewed → committed, committed → undone, each only from the status before. When
 * another commit or undo of the same import got there first, the change finds nothing and the write is rolled
 * back with a 409; the import's rows never go in twice.
 */
@ApplicationScoped
public class ImportStatusRecorder implements AppliedWriteRecorder {

    private final ImportCommitRepository imports;

    public ImportStatusRecorder(ImportCommitRepository imports) {
        this.imports = imports;
    }

    @Override
    public Uni<Void> record(List<AppliedWrite> writes) {
        List<LedgerCommand> changes = writes.stream().map(AppliedWrite::command)
                .filter(c -> c instanceof LedgerCommand.Import || c instanceof LedgerCommand.ImportUndo).toList();
        if (changes.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        Instant now = Instant.now();
        return InOrder.each(changes, command -> {
            if (command instanceof LedgerCommand.Import commit) {
                return imports.markCommitted(commit.importId(), commit.size(), now).invoke(changed -> {
                    if (!changed) {
                        throw new ImportNotPreviewedException(commit.importId(), null);
                    }
                });
            }
            LedgerCommand.ImportUndo undo = (LedgerCommand.ImportUndo) command;
            return imports.markUndone(undo.importId(), now).invoke(changed -> {
                if (!changed) {
                    throw new ImportNotCommittedException(undo.importId());
                }
            });
        });
    }
}
