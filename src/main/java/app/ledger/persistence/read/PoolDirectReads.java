package app.ledger.persistence.read;

import io.quarkus.arc.properties.IfBuildProperty;
import io.smallrye.mutiny.Uni;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Hot reads on PostgreSQL through the reactive client's pool (the one Hibernate Reactive uses), with the
 * driver's prepared statement cache: the cost left to cut there was entity hydration, not the driver.
 */
@ApplicationScoped
@IfBuildProperty(name = "quarkus.datasource.db-kind", stringValue = "postgresql")
public class PoolDirectReads implements DirectReads {

    /** SQL texts come from a fixed set of query shapes, so this map stays small. */
    private final Map<String, String> numbered = new ConcurrentHashMap<>();
    private final Pool pool;

    public PoolDirectReads(Pool pool) {
        this.pool = pool;
    }

    @Override
    public <T> Uni<List<T>> list(String sql, List<?> params, RowMapper<T> mapper) {
        String postgresSql = numbered.computeIfAbsent(sql, PoolDirectReads::numberPlaceholders);
        return Uni.createFrom().completionStage(() -> pool.preparedQuery(postgresSql)
                .execute(Tuple.from(new ArrayList<>(params))).toCompletionStage())
                .map(result -> {
                    List<T> rows = new ArrayList<>(result.size());
                    for (Row row : result) {
                        rows.add(map(mapper, new RowCells(row)));
                    }
                    return rows;
                });
    }

    private static <T> T map(RowMapper<T> mapper, Cells cells) {
        try {
            return mapper.map(cells);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code ?} to {@code $1, $2 …}, outside quoted literals. */
    static String numberPlaceholders(String sql) {
        StringBuilder out = new StringBuilder(sql.length() + 16);
        int next = 1;
        boolean quoted = false;
        for (int i = 0; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            }
            if (c == '?' && !quoted) {
                out.append('$').append(next++);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private record RowCells(Row row) implements Cells {

        @Override
        public long getLong(int column) {
            return row.getLong(column);
        }

        @Override
        public Long getNullableLong(int column) {
            return row.getLong(column);
        }

        @Override
        public String getString(int column) {
            return row.getString(column);
        }
    }
}
