package app.ledger.auth.session;

import app.ledger.persistence.InstantMicrosConverter;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

@ApplicationScoped
public class SessionRepository implements PanacheRepositoryBase<UserSession, String> {

    private static final String LIVE = "select id, user_id, expires_at, last_seen_at from sessions"
            + " where expires_at > ?1 order by last_seen_at desc limit ?2";

    /**
     * The most recently seen sessions that have not expired, at most {@code limit}. Plain SQL: this runs before
     * the service is ready, and the first HQL query of a process parses Hibernate's query grammar (a quarter of
     * a second), which the first request that needs HQL may as well pay.
     */
    Uni<List<LiveSession>> live(Instant now, int limit) {
        return getSession().flatMap(session -> session.createNativeQuery(LIVE, Object[].class)
                        .setParameter(1, InstantMicrosConverter.toMicros(now))
                        .setParameter(2, limit)
                        .getResultList())
                .map(rows -> rows.stream().map(row -> new LiveSession((String) row[0], ((Number) row[1]).longValue(),
                        InstantMicrosConverter.fromMicros(((Number) row[2]).longValue()),
                        InstantMicrosConverter.fromMicros(((Number) row[3]).longValue()))).toList());
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
