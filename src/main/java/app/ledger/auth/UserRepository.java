package app.ledger.auth;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

@ApplicationScoped
public class UserRepository implements PanacheRepository<User> {

    public Uni<User> findByUsername(String username) {
        return find("lower(username) = lower(?1)", username).firstResult();
    }

    /** The stored time zone of each of these users, by user id. */
    public Uni<Map<Long, String>> timeZones(Collection<Long> userIds) {
        return getSession().flatMap(session -> session
                .createSelectionQuery("select u.id, u.timeZone from User u where u.id in :ids", Object[].class)
                .setParameter("ids", userIds)
                .getResultList())
                .map(rows -> {
                    Map<Long, String> zones = new HashMap<>();
                    rows.forEach(row -> zones.put((Long) row[0], (String) row[1]));
                    return zones;
                });
    }
}
