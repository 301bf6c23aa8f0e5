package app.ledger.journal.posting;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.LockMode;

/**
 * Hands out the ids of entries and of metadata edits inside the writing transaction, from one counter.
 * Taking it locks the counter row until commit, so a later commit always holds higher ids: ids are commit
 * order, which is what replaying live updates after a given position relies on. Ids a refused write took
 * are never used (the counter only grows), which leaves gaps; nothing needs them dense.
 */
@ApplicationScoped
public class EntryIds {

    /** The counter, locked until the caller's transaction ends. */
    public Uni<Counter> lock() {
        return Panache.getSession()
                .flatMap(session -> session.find(EntryIdCounter.class, EntryIdCounter.ONLY_ROW,
                        LockMode.PESSIMISTIC_WRITE))
                .map(Counter::new);
    }

    /** The locked counter: each id taken is written back at commit. */
    public static final class Counter {

        private final EntryIdCounter row;

        Counter(EntryIdCounter row) {
            this.row = row;
        }

        public long next() {
            return row.nextVal++;
        }
    }
}
