package app.ledger.journal;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Appends entries inside the writer's transaction; reads go through the direct read path. */
@ApplicationScoped
public class EntryRepository implements PanacheRepository<Entry> {

    /**
     * Loads these entries and the other legs of their transfers, locked until the transaction ends, by id.
     * Which rows to lock is found first without loading them, so that all are locked in one statement, in id
     * order (two writers never wait on each other), and read as they are once locked.
     */
    public Uni<Map<Long, Entry>> lockWithTransferLegs(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return getSession().flatMap(session -> session
                .createSelectionQuery("select e.transferId from Entry e where e.id in :ids "
                        + "and e.transferId is not null", String.class)
                .setParameter("ids", ids)
                .getResultList()
                .flatMap(transfers -> transfers.isEmpty() ? Uni.createFrom().item(List.<Long>of())
                        : session.createSelectionQuery("select e.id from Entry e "
                                + "where e.transferId is not null and e.transferId in :transfers",
                                Long.class).setParameter("transfers", transfers).getResultList()))
                .flatMap(legs -> find("id in ?1 order by id",
                        Stream.concat(ids.stream(), legs.stream()).distinct().toList())
                        .withLock(LockModeType.PESSIMISTIC_WRITE).list())
                .map(list -> list.stream().collect(Collectors.toMap(e -> e.id, Function.identity())));
    }

    /**
     * Loads the entries these statement imports appended, locked until the transaction ends, by id. Imports
     * append deposits and withdrawals only, never transfers, so there are no other legs to lock.
     */
    public Uni<Map<Long, Entry>> lockImported(Collection<Long> importIds) {
        if (importIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return find("importId in ?1 order by id", List.copyOf(importIds))
                .withLock(LockModeType.PESSIMISTIC_WRITE).list()
                .map(list -> list.stream().collect(Collectors.toMap(e -> e.id, Function.identity())));
    }
}
