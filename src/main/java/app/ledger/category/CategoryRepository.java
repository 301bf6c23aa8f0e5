package app.ledger.category;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;

@ApplicationScoped
public class CategoryRepository implements PanacheRepository<Category> {

    public Uni<List<Category>> listOwnedBy(long userId) {
        return list("userId = ?1 order by nameKey, id", userId);
    }

    public Uni<Long> countOwnedBy(long userId) {
        return count("userId = ?1", userId);
    }

    /** Whether another of the user's categories under the same parent has this name key. */
    public Uni<Boolean> nameTaken(long userId, Long parentId, String nameKey, long exceptId) {
        Uni<Long> count = parentId == null
                ? count("userId = ?1 and parentId is null and nameKey = ?2 and id <> ?3", userId, nameKey, exceptId)
                : count("userId = ?1 and parentId = ?2 and nameKey = ?3 and id <> ?4", userId, parentId, nameKey,
                        exceptId);
        return count.map(n -> n > 0);
    }

    public Uni<List<Category>> children(long parentId) {
        return list("parentId = ?1", parentId);
    }

    public Uni<List<Category>> byIds(Collection<Long> ids) {
        return list("id in ?1", ids);
    }
}
