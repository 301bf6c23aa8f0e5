package app.ledger.journal.posting;

import app.ledger.journal.Entry;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.hibernate.LockMode;

/**
 * Hands out entry ids a block at a time inside the writing transaction. Taking the block locks the
 * counter row until commit, so a later commit always holds higher ids: ids are commit order, which is
 * what replaying live updates after a given id relies on.
 */
@ApplicationScoped
public class EntryIds {

    /** Gives each entry its id, in list order. Runs in the caller's transaction. */
    public Uni<Void> assign(List<Entry> entries) {
        if (entries.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return Panache.getSession()
                .flatMap(session -> session.find(EntryIdCounter.class, EntryIdCounter.ONLY_ROW,
                        LockMode.PESSIMISTIC_WRITE))
                .invoke(counter -> {
                    long id = counter.nextVal;
                    for (Entry entry : entries) {
                        entry.id = id++;
                    }
                    counter.nextVal = id;
                })
                .replaceWithVoid();
    }
}
