package app.ledger.audit;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class AuditChainRepository implements PanacheRepositoryBase<AuditChain, Long> {

    /** Moves the head on from {@code fromSeq}; false when another append moved it first. */
    Uni<Boolean> advance(long userId, long fromSeq, long toSeq, String toHash) {
        return update("headSeq = ?1, headHash = ?2 where userId = ?3 and headSeq = ?4", toSeq, toHash, userId, fromSeq)
                .map(updated -> updated == 1);
    }

    Uni<Integer> pruned(long userId, long seq, String hash) {
        return update("prunedSeq = ?1, prunedHash = ?2 where userId = ?3 and prunedSeq < ?1", seq, hash, userId);
    }
}
