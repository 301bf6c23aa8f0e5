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

    /** A user's edits after a position, as (edit id, entry id), in commit order: replay of live updates. */
    public Uni<List<Object[]>> editsOfUserAfter(long userId, long afterEditId, int size) {
        return getSession().flatMap(session -> session.createSelectionQuery("select distinct c.id.editId, "
                        + "c.entryId from EntryChange c where c.userId = :user and c.id.editId > :after "
                        + "order by c.id.editId", Object[].class)
                .setParameter("user", userId)
                .setParameter("after", afterEditId)
                .setMaxResults(size)
                .getResultList());
    }
}
