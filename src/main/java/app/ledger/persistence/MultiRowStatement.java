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
 * Multi-row statements for bulk writes (a statement import's entries and preview rows, the totals a batch adds
 * to), run on the current session's own connection, so inside its transaction, but past Hibernate's
 * native-query handling: that parses the SQL text and builds a binding per parameter, which cost more than
 * the database's work, for one statement of 15,000 parameters as for thousands of one-row upserts. The SQL goes to the driver as written here, with the driver's own parameter markers.
 * Unlike a native query, these statements do not flush the session first: they must not depend on entities
 * changed in it and not yet flushed.
 */
public final class MultiRowStatement {

    public static final int ROWS_PER_STATEMENT = 500;

    private final StringBuilder sql;
    private final List<Object> values;

    /** A statement that begins with {@code start}; {@code expectedValues} only sizes the buffers. */
    public MultiRowStatement(String start, int expectedValues) {
        this.sql = new StringBuilder(start.length() + expectedValues * 6).append(start);
        this.values = new ArrayList<>(expectedValues);
    }

    public MultiRowStatement sql(String text) {
        sql.append(text);
        return this;
    }

    /** Binds a value; a null is written as NULL instead, since a bound null has no type the drivers agree on. */
    public MultiRowStatement value(Object value) {
        if (value == null) {
            sql.append("NULL");
        } else {
            values.add(value);
            sql.append(Markers.POSTGRES ? "$" + values.size() : "?");
        }
        return this;
    }

    /** Appends {@code (a, b, c)} for a row's cells. */
    public MultiRowStatement row(Object[] cells) {
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

    /**
     * {@code INSERT … VALUES (…), (…) <tail>} with one row per item, in statements of at most
     * {@value #ROWS_PER_STATEMENT} rows run one after another; {@code tail} may be an {@code ON CONFLICT} clause
     * (then no two rows may have the same key: PostgreSQL refuses to update a row twice in one statement).
     */
    public static <T> Uni<Void> insertAll(String insertValues, List<T> rows, Function<T, Object[]> cellsOf,
            String tail) {
        return InOrder.each(chunks(rows), chunk -> {
            MultiRowStatement statement = new MultiRowStatement(insertValues, chunk.size() * 16);
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
