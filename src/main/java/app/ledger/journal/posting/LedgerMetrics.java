package app.ledger.journal.posting;

import app.ledger.journal.EntryType;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;

/** Counts what the writer did: applied writes by kind, refusals by reason, and batches committed. */
@ApplicationScoped
public class LedgerMetrics {

    private final MeterRegistry registry;
    private final Counter deposits;
    private final Counter withdrawals;
    private final Counter transfers;
    private final Counter reversals;
    private final Counter edits;
    private final Counter imports;
    private final Counter undoneImports;
    private final Counter batches;

    public LedgerMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.deposits = written("deposit");
        this.withdrawals = written("withdrawal");
        this.transfers = written("transfer");
        this.reversals = written("reversal");
        this.edits = written("edit");
        this.imports = written("import");
        this.undoneImports = written("import-undo");
        this.batches = Counter.builder("ledger.batches").description("Transactions committed by the writer")
                .register(registry);
    }

    private Counter written(String kind) {
        return Counter.builder("ledger.writes").description("Ledger writes applied").tag("kind", kind)
                .register(registry);
    }

    void batchCommitted() {
        batches.increment();
    }

    void record(LedgerCommand command, PostingResult result) {
        if (result instanceof PostingResult.Refused refused) {
            Counter.builder("ledger.refusals").description("Ledger writes refused, by problem type")
                    .tag("reason", refused.problem().slug()).register(registry).increment();
        } else if (result instanceof PostingResult.Applied) {
            kind(command).increment();
        }
    }

    private Counter kind(LedgerCommand command) {
        if (command instanceof LedgerCommand.Posting posting) {
            return posting.type() == EntryType.DEPOSIT ? deposits : withdrawals;
        }
        if (command instanceof LedgerCommand.Reversal) {
            return reversals;
        }
        if (command instanceof LedgerCommand.Import) {
            return imports;
        }
        if (command instanceof LedgerCommand.ImportUndo) {
            return undoneImports;
        }
        return command instanceof LedgerCommand.Edit ? edits : transfers;
    }
}
