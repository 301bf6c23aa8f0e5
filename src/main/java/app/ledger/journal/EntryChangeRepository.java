package app.ledger.journal;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class EntryChangeRepository implements PanacheRepositoryBase<EntryChange, EntryChange.Key> {

    /** The trail of one entry, oldest first. */
    public Uni<List<EntryChange>> ofEntry(long entryId) {
        return list("entryId = ?1 order by id.editId, id.field", entryId);
    }
}
