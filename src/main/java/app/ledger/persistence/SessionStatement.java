package app.ledger.persistence;

import app.ledger.support.InOrder;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.config.ConfigProvider;
import org.hibernate.reactive.mutiny.impl.MutinySessionImpl;

/**
 * Statements run on the current session's own connection, so inside its transaction, but past Hibernate's
 * native-query handling. Two reasons: that handling parses the SQL text and builds a binding per parameter,
 * which cost more than the database's work for multi-row writes (a statement import's entries and preview rows,
 * the totals a batch adds to), as for thousands of one-row upserts; and a native select with a result type
 * leaves a new entry in Hibernate's query plan cache at every run, all with the same hash (its key's result
 * mapping never equals the one stored before), so the cache fills up with copies of one query and every
 * lookup of it walks them all: a fifth of the writer's time went there when the batches' day totals were read
 * that way. The SQL goes to the driver as written here, with the driver's own parameter markers.
 * Unlike a native query, these statements do not flush the session first: they must not depend on entities
 * changed in it and not yet flushed.
 */
public final class SessionStatement {

    public static final int ROWS_PER_STATEMENT = 500;

    private final StringBuilder sql;
    private final List<Object> values;

    /** A statement that begins with {@code start}; {@code expectedValues} only sizes the buffers. */
    public SessionStatement(String start, int expectedValues) {
        this.sql = new StringBuilder(start.length() + expectedValues * 6).append(start);
        this.values = new ArrayList<>(expectedValues);
    }

    /**
     * A statement written with one {@code ?} per value, in order; the markers become the driver's own. A null
     * value is written as NULL.
     */
    public static SessionStatement of(String sql, Object... values) {
        String[] between = sql.split("\\?", -1);
        if (between.length != values.length + 1) {
            throw new IllegalArgumentException(values.length + " values for " + (between.length - 1) + " markers");
        }
        SessionStatement statement = new SessionStatement(between[0], values.length);
        for (int i = 0; i < values.length; i++) {
            statement.value(values[i]).sql(between[i + 1]);
        }
        return statement;
    }

    public SessionStatement sql(String text) {
        sql.append(text);
        return this;
    }

    /** Binds a value; a null is written as NULL instead, since a bound null has no type the drivers agree on. */
    public SessionStatement value(Object value) {
        if (value == null) {
            sql.append("NULL");
        } else {
            values.add(value);
            sql.append(Markers.POSTGRES ? "$" + values.size() : "?");
        }
        return this;
    }

    /** Appends {@code (a, b, c)} for a row's cells. */
    public SessionStatement row(Object[] cells) {
        sql.append('(');
        for (int c = 0; c < cells.length; c++) {
            if (c > 0) {
                sql.append(", ");
            }
            value(cells[c]);
        }
        sql.append(')');
        return this;
    }

    /** Runs the statement in the current session's transaction; answers the rows it changed. */
    public Uni<Integer> execute() {
        String text = sql.toString();
        Object[] bound = values.toArray();
        return Panache.getSession().flatMap(session -> Uni.createFrom().completionStage(
                () -> ((MutinySessionImpl) session).getReactiveConnection().update(text, bound)));
    }

    /** Runs the query in the current session's transaction; answers its rows, each as its cells in order. */
    public Uni<List<Object[]>> select() {
        String text = sql.toString();
        Object[] bound = values.toArray();
        return Panache.getSession().flatMap(session -> Uni.createFrom().completionStage(
                () -> ((MutinySessionImpl) session).getReactiveConnection().select(text, bound)))
                .map(result -> {
                    List<Object[]> rows = new ArrayList<>(result.size());
                    result.forEachRemaining(rows::add);
                    return rows;
                });
    }

    /**
     * {@code INSERT … VALUES (…), (…) <tail>} with one row per item, in statements of at most
     * {@value #ROWS_PER_STATEMENT} rows run one after another; {@code tail} may be an {@code ON CONFLICT} clause
     * (then no two rows may have the same key: PostgreSQL refuses to update a row twice in one statement).
     */
    public static <T> Uni<Void> insertAll(String insertValues, List<T> rows, Function<T, Object[]> cellsOf,
            String tail) {
        return InOrder.each(chunks(rows), chunk -> {
            SessionStatement statement = new SessionStatement(insertValues, chunk.size() * 16);
            for (int i = 0; i < chunk.size(); i++) {
                statement.sql(i == 0 ? "" : ", ").row(cellsOf.apply(chunk.get(i)));
            }
            return statement.sql(tail).execute();
        });
    }

    /** Inserts with no tail. */
    public static <T> Uni<Void> insertAll(String insertValues, List<T> rows, Function<T, Object[]> cellsOf) {
        return insertAll(insertValues, rows, cellsOf, "");
    }

    /**
     * The rows cut into pieces of {@value #ROWS_PER_STATEMENT}: with 30 columns that is 15,000 parameters, below
     * SQLite's 32,766 (PostgreSQL takes 65,535).
     */
    public static <T> List<List<T>> chunks(List<T> rows) {
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < rows.size(); from += ROWS_PER_STATEMENT) {
            chunks.add(rows.subList(from, Math.min(rows.size(), from + ROWS_PER_STATEMENT)));
        }
        return chunks;
    }

    /** The PostgreSQL client numbers its markers ({@code $1}); the JDBC pool over SQLite takes {@code ?}. */
    private static final class Markers {
        static final boolean POSTGRES = "postgresql".equals(ConfigProvider.getConfig()
                .getOptionalValue("quarkus.datasource.db-kind", String.class).orElse("sqlite"));
    }
}
