package app.ledger.audit;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

@ApplicationScoped
public class AuditEventRepository implements PanacheRepository<AuditEvent> {

    /** The user's events before {@code beforeSeq}, newest first. */
    Uni<List<AuditEvent>> newestBefore(long userId, long beforeSeq, int limit) {
        return find("userId = ?1 and seq < ?2", Sort.descending("seq"), userId, beforeSeq).page(0, limit).list();
    }

    /** The user's events after {@code afterSeq}, in chain order. */
    Uni<List<AuditEvent>> after(long userId, long afterSeq, int limit) {
        return find("userId = ?1 and seq > ?2", Sort.ascending("seq"), userId, afterSeq).page(0, limit).list();
    }

    Uni<AuditEvent> at(long userId, long seq) {
        return find("userId = ?1 and seq = ?2", userId, seq).firstResult();
    }

    /** For users with events from before {@code cutoff}: the user id and the last such event's seq. */
    Uni<List<Object[]>> lastBefore(Instant cutoff, int users) {
        return getSession().flatMap(session -> session.createSelectionQuery(
                        "select e.userId, max(e.seq) from AuditEvent e where e.occurredAt < :cutoff group by e.userId",
                        Object[].class)
                .setParameter("cutoff", cutoff)
                .setMaxResults(users)
                .getResultList());
    }

    Uni<Long> deleteUpTo(long userId, long seq) {
        return delete("userId = ?1 and seq <= ?2", userId, seq);
    }
}
