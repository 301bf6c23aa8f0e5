package app.ledger.auth.session;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

@ApplicationScoped
public class SessionRepository implements PanacheRepositoryBase<UserSession, String> {

    /** The most recently seen sessions that have not expired, at most {@code limit}. */
    Uni<List<UserSession>> live(Instant now, int limit) {
        return find("expiresAt > ?1", Sort.descending("lastSeenAt"), now).page(0, limit).list();
    }
}
