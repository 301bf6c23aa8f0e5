package app.ledger.journal.posting;

import io.smallrye.mutiny.Uni;
import java.util.List;

/**
 * Runs inside the writing transaction, just before it commits: for a transport that must carry exactly the
 * committed entries, in commit order (PostgreSQL's NOTIFY is sent at commit, in commit order, and never
 * for a transaction that rolls back). Runs in the writer's session.
 */
public interface InTransactionPublisher {

    Uni<Void> publish(List<CommittedEntry> entries);
}
