package app.ledger.rate;

import app.ledger.persistence.read.DirectReads;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The exchange_rates table. Writes run in the caller's transaction; lists are read on the direct read path.
 * The SQL is the same on SQLite and PostgreSQL. A null user id stands for the published rates.
 */
@ApplicationScoped
public class RateRepository {

    static final String COLUMNS = "id, user_id, source, day, base, quote, rate";

    private static final String OWN_KEY = "(user_id, base, quote, day, source) WHERE user_id IS NOT NULL";
    private static final String PUBLISHED_KEY = "(base, quote, day, source) WHERE user_id IS NULL";
    private static final String ON_CONFLICT_REPLACE = " DO UPDATE SET rate = excluded.rate, updated_at = excluded.updated_at";

    private final DirectReads reads;

    public RateRepository(DirectReads reads) {
        this.reads = reads;
    }

    /** The id of the user's own rate of this source for this pair and day, or null. */
    public Uni<Long> findOwn(long userId, RateSource source, LocalDate day, String base, String quote) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery("SELECT id FROM exchange_rates "
                        + "WHERE user_id = ?1 AND base = ?2 AND quote = ?3 AND day = ?4 AND source = ?5", Object.class)
                .setParameter(1, userId).setParameter(2, base).setParameter(3, quote)
                .setParameter(4, day.toEpochDay()).setParameter(5, source.code())
                .getResultList())
                .map(ids -> ids.isEmpty() ? null : ((Number) ids.get(0)).longValue());
    }

    /**
     * Adds the user's own rate of this source for this pair and day unless they have one; true when it was
     * added. Deciding by the insert itself keeps two requests at once from both finding no rate and both
     * reporting theirs as new (PostgreSQL reads committed rows, so a look before the insert cannot decide).
     */
    public Uni<Boolean> addOwnIfAbsent(long userId, RateSource source, LocalDate day, String base, String quote,
            BigDecimal rate) {
        long now = ChronoUnit.MICROS.between(Instant.EPOCH, Instant.now());
        return Panache.getSession().flatMap(session -> session.createNativeQuery("INSERT INTO exchange_rates "
                        + "(user_id, source, day, base, quote, rate, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)"
                        + " ON CONFLICT " + OWN_KEY + " DO NOTHING")
                .setParameter(1, userId).setParameter(2, source.code()).setParameter(3, day.toEpochDay())
                .setParameter(4, base).setParameter(5, quote).setParameter(6, rate.toPlainString())
                .setParameter(7, now)
                .executeUpdate())
                .map(added -> added > 0);
    }

    /**
     * Sets the rates of one day from one base to each of these quotes, replacing those there were, for the
     * user or (null) the published set. One statement.
     */
    public Uni<Void> put(Long userId, RateSource source, LocalDate day, String base, Map<String, BigDecimal> quotes) {
        if (quotes.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        StringBuilder sql = new StringBuilder(
                "INSERT INTO exchange_rates (user_id, source, day, base, quote, rate, updated_at) VALUES ");
        int perRow = userId == null ? 6 : 7;
        int row = 0;
        for (int i = 0; i < quotes.size(); i++, row += perRow) {
            sql.append(i == 0 ? "(" : ", (").append(userId == null ? "NULL" : "?" + (row + 7));
            for (int p = 1; p <= 6; p++) {
                sql.append(", ?").append(row + p);
            }
            sql.append(')');
        }
        sql.append(" ON CONFLICT ").append(userId == null ? PUBLISHED_KEY : OWN_KEY).append(ON_CONFLICT_REPLACE);
        long now = ChronoUnit.MICROS.between(Instant.EPOCH, Instant.now());
        return Panache.getSession().flatMap(session -> {
            var query = session.createNativeQuery(sql.toString());
            int at = 0;
            for (Map.Entry<String, BigDecimal> quote : quotes.entrySet()) {
                query.setParameter(at + 1, source.code()).setParameter(at + 2, day.toEpochDay())
                        .setParameter(at + 3, base).setParameter(at + 4, quote.getKey())
                        .setParameter(at + 5, quote.getValue().toPlainString()).setParameter(at + 6, now);
                if (userId != null) {
                    query.setParameter(at + 7, userId);
                }
                at += perRow;
            }
            return query.executeUpdate();
        }).replaceWithVoid();
    }

    /** The quotes of this base that already have a rate of this owner and source on this day. */
    public Uni<Set<String>> quotesOn(Long userId, RateSource source, LocalDate day, String base) {
        String owner = userId == null ? "user_id IS NULL" : "user_id = ?4";
        return Panache.getSession().flatMap(session -> {
            var query = session.createNativeQuery("SELECT quote FROM exchange_rates WHERE " + owner
                            + " AND base = ?1 AND day = ?2 AND source = ?3", Object.class)
                    .setParameter(1, base).setParameter(2, day.toEpochDay()).setParameter(3, source.code());
            if (userId != null) {
                query.setParameter(4, userId);
            }
            return query.getResultList();
        }).map(rows -> {
            Set<String> quotes = new HashSet<>();
            rows.forEach(quote -> quotes.add((String) quote));
            return quotes;
        });
    }

    /** Deletes one of the user's own rates; false when the user has no rate with this id. */
    public Uni<Boolean> deleteOwn(long userId, long id) {
        return Panache.getSession().flatMap(session -> session
                        .createNativeQuery("DELETE FROM exchange_rates WHERE id = ?1 AND user_id = ?2")
                        .setParameter(1, id).setParameter(2, userId).executeUpdate())
                .map(deleted -> deleted > 0);
    }

    /** A committed rate by id, or null. */
    public Uni<StoredRate> byId(long id) {
        return reads.first("SELECT " + COLUMNS + " FROM exchange_rates WHERE id = ?", List.of(id), StoredRate::of);
    }

    /**
     * The user's own rates and the published ones that match, newest day first (then newest id), at most
     * {@code limit}, after the cursor's position when there is one.
     */
    public Uni<List<StoredRate>> page(long userId, RateFilter filter, int limit) {
        StringBuilder where = new StringBuilder();
        List<Object> params = new ArrayList<>();
        if (filter.base() != null) {
            where.append(" AND base = ?");
            params.add(filter.base());
        }
        if (filter.quote() != null) {
            where.append(" AND quote = ?");
            params.add(filter.quote());
        }
        if (filter.from() != null) {
            where.append(" AND day >= ?");
            params.add(filter.from().toEpochDay());
        }
        if (filter.to() != null) {
            where.append(" AND day <= ?");
            params.add(filter.to().toEpochDay());
        }
        if (filter.after() != null) {
            where.append(" AND (day < ? OR (day = ? AND id < ?))");
            params.add(filter.after().day());
            params.add(filter.after().day());
            params.add(filter.after().id());
        }
        String order = " ORDER BY day DESC, id DESC LIMIT ?";
        String sql = "SELECT * FROM (SELECT " + COLUMNS + " FROM exchange_rates WHERE user_id = ?" + where + order
                + ") own UNION ALL SELECT * FROM (SELECT " + COLUMNS + " FROM exchange_rates WHERE user_id IS NULL"
                + where + order + ") published" + order;
        List<Object> all = new ArrayList<>();
        all.add(userId);
        all.addAll(params);
        all.add(limit);
        all.addAll(params);
        all.add(limit);
        all.add(limit);
        return reads.list(sql, all, StoredRate::of);
    }
}
