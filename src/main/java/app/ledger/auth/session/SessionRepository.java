package app.ledger.auth.session;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

@ApplicationScoped
public class SessionRepository implements PanacheRepositoryBase<UserSession, String> {

    /** The most recently seen sessions that have not expired, at most {@code limit}. */
    Uni<List<UserSession>> live(Instant now, int limit) {
        return find("expiresAt > ?1", Sort.descending("lastSeenAt"), now).page(0, limit).list();
    }

    /** Which of these sessions still exist. */
    Uni<List<String>> existing(Collection<String> ids) {
        return list("id in ?1", ids).map(rows -> rows.stream().map(row -> row.id).toList());
    }

    /** The user's sessions that have not expired, newest first. */
    Uni<List<UserSession>> ofUser(long userId, Instant now) {
        return list("userId = ?1 and expiresAt > ?2", Sort.descending("createdAt").and("id"), userId, now);
    }

    /** Every session id of the user, expired ones included. */
    Uni<List<String>> idsOf(long userId) {
        return list("userId", userId).map(rows -> rows.stream().map(row -> row.id).toList());
    }

    Uni<Integer> markSeen(Collection<String> ids, Instant seenAt) {
        return update("lastSeenAt = ?1 where id in ?2", seenAt, ids);
    }

    Uni<Long> deleteExpired(Instant now) {
        return delete("expiresAt <= ?1", now);
    }
}
