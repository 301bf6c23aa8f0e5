package app.ledger.recurring;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;

@ApplicationScoped
public class RecurringScheduleRepository implements PanacheRepository<RecurringSchedule> {

    private static final String ADVANCE = "UPDATE recurring_schedules SET next_on = ?3 WHERE id = ?1 AND next_on = ?2";
    private static final String FINISH = "UPDATE recurring_schedules SET next_on = NULL WHERE id = ?1 AND next_on = ?2";

    public Uni<List<RecurringSchedule>> listOwnedBy(long userId) {
        return list("userId = ?1 order by id", userId);
    }

    public Uni<Long> countOwnedBy(long userId) {
        return count("userId = ?1", userId);
    }

    /** Active schedules with an occurrence due on or before {@code latest}, the most advanced date anywhere. */
    public Uni<List<RecurringSchedule>> due(LocalDate latest) {
        return list("nextOn is not null and pausedAt is null and nextOn <= ?1 order by id", latest);
    }

    /**
     * Moves the schedule past {@code from} to {@code to} (null: none left) unless someone else moved it
     * already (another instance, or an edit): answers whether this call did.
     */
    public Uni<Boolean> advance(long id, LocalDate from, LocalDate to) {
        return Panache.getSession().flatMap(session -> (to == null
                        ? session.createNativeQuery(FINISH)
                        : session.createNativeQuery(ADVANCE).setParameter(3, to.toEpochDay()))
                        .setParameter(1, id)
                        .setParameter(2, from.toEpochDay())
                        .executeUpdate())
                .map(updated -> updated == 1);
    }
}
