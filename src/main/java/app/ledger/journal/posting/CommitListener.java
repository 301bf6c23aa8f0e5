package app.ledger.journal.posting;

import java.util.List;

/**
 * Told about entries once the transaction that wrote them has committed, in commit order. Live updates
 * plug in here without the ledger knowing how they are delivered.
 */
public interface CommitListener {

    void committed(List<CommittedEntry> entries);
}
