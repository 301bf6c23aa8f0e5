package app.ledger.imports.profile;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class ImportProfileRepository implements PanacheRepository<ImportProfile> {

    public Uni<List<ImportProfile>> listOwnedBy(long userId) {
        return list("userId = ?1 order by name", userId);
    }

    public Uni<Long> countOwnedBy(long userId) {
        return count("userId = ?1", userId);
    }

    public Uni<ImportProfile> owned(long userId, long id) {
        return find("id = ?1 and userId = ?2", id, userId).firstResult();
    }

    /** The user's profile made for this header, the most recently changed one when there are several. */
    public Uni<ImportProfile> forHeader(long userId, String fingerprint) {
        return find("userId = ?1 and headerFingerprint = ?2 order by updatedAt desc, id desc", userId, fingerprint)
                .firstResult();
    }
}
