package app.ledger.persistence.read;

import app.ledger.config.LedgerConfig;
import io.quarkus.arc.properties.IfBuildProperty;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.sqlite.JDBC;

/**
 * Hot reads on SQLite, on a few threads of their own, each holding one read-only connection and its
 * prepared statements for good. Through the JDBC pool a 50-row page cost a worker hop, a pooled connection,
 * a fresh statement prepare and a column descriptor per cell; here it costs one queue hand-off and the
 * SQLite step loop. WAL lets these connections read while the writer commits; each statement runs in
 * autocommit, so it sees every transaction committed before it started.
 */
@ApplicationScoped
@IfBuildProperty(name = "quarkus.datasource.db-kind", stringValue = "sqlite")
public class SqliteDirectReads implements DirectReads {

    private final String url;
    private final ThreadPoolExecutor readers;
    private final List<ReaderConnection> opened = new ArrayList<>();
    private final ThreadLocal<ReaderConnection> connection = ThreadLocal.withInitial(this::openConnection);

    @Inject
    public SqliteDirectReads(@ConfigProperty(name = "quarkus.datasource.jdbc.url") String url, LedgerConfig config) {
        this(url, config.db().readers(), config.db().readQueue());
    }

    SqliteDirectReads(String url, int threads, int queue) {
        this.url = url;
        AtomicInteger number = new AtomicInteger();
        this.readers = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(queue), task -> {
                    Thread thread = new Thread(task, "ledger-reader-" + number.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
    }

    @Override
    public <T> Uni<List<T>> list(String sql, List<?> params, RowMapper<T> mapper) {
        return Uni.createFrom().emitter(emitter -> {
            Context caller = Vertx.currentContext();
            try {
                readers.execute(() -> {
                    List<T> rows;
                    try {
                        rows = connection.get().query(sql, params, mapper);
                    } catch (Throwable failure) {
                        resume(caller, () -> emitter.fail(failure));
                        return;
                    }
                    resume(caller, () -> emitter.complete(rows));
                });
            } catch (RejectedExecutionException full) {
                emitter.fail(new ReadersBusyException());
            }
        });
    }

    private static void resume(Context caller, Runnable action) {
        if (caller == null) {
            action.run();
        } else {
            caller.runOnContext(ignored -> action.run());
        }
    }

    private ReaderConnection openConnection() {
        try {
            Properties properties = new Properties();
            // opened through the driver itself: DriverManager may not see a driver loaded by another class loader
            Connection jdbc = new JDBC().connect(url, properties);
            try (var statement = jdbc.createStatement()) {
                statement.execute("PRAGMA query_only = 1");
            }
            ReaderConnection reader = new ReaderConnection(jdbc);
            synchronized (opened) {
                opened.add(reader);
            }
            return reader;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not open a read connection to SQLite", e);
        }
    }

    @PreDestroy
    void close() throws InterruptedException {
        readers.shutdown();
        readers.awaitTermination(5, TimeUnit.SECONDS);
        synchronized (opened) {
            opened.forEach(ReaderConnection::close);
            opened.clear();
        }
    }

    /** One thread's connection with its statements, kept per SQL text (bounded, least recently used out). */
    private static final class ReaderConnection {
        private static final int STATEMENTS_KEPT = 64;

        private final Connection jdbc;
        private final LinkedHashMap<String, PreparedStatement> statements =
                new LinkedHashMap<>(16, 0.75f, true);

        ReaderConnection(Connection jdbc) {
            this.jdbc = jdbc;
        }

        <T> List<T> query(String sql, List<?> params, RowMapper<T> mapper) throws Exception {
            PreparedStatement statement = statement(sql);
            for (int i = 0; i < params.size(); i++) {
                statement.setObject(i + 1, params.get(i));
            }
            List<T> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                Cells cells = new ResultSetCells(result);
                while (result.next()) {
                    rows.add(mapper.map(cells));
                }
                statement.clearParameters();
            } catch (Exception | Error failure) {
                // a statement that failed midway is not trusted again
                statements.remove(sql);
                statement.close();
                throw failure;
            }
            return rows;
        }

        private PreparedStatement statement(String sql) throws SQLException {
            PreparedStatement statement = statements.get(sql);
            if (statement == null) {
                statement = jdbc.prepareStatement(sql);
                statements.put(sql, statement);
                if (statements.size() > STATEMENTS_KEPT) {
                    var eldest = statements.entrySet().iterator().next();
                    statements.remove(eldest.getKey());
                    eldest.getValue().close();
                }
            }
            return statement;
        }

        void close() {
            try {
                jdbc.close();
            } catch (SQLException ignored) {
                // closing at shutdown: nothing left to do with a connection that will not close
            }
        }
    }

    /** Each getter catches for itself: a lambda per cell was among the largest allocations of a history page. */
    private record ResultSetCells(ResultSet result) implements Cells {

        @Override
        public long getLong(int column) {
            try {
                return result.getLong(column + 1);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public Long getNullableLong(int column) {
            try {
                long value = result.getLong(column + 1);
                return result.wasNull() ? null : value;
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        /**
         * The text's UTF-8 bytes, decoded here: the driver's own {@code getString} wraps each cell in a direct
         * buffer and copies it once more, and a history page reads a few hundred text cells.
         */
        @Override
        public String getString(int column) {
            try {
                byte[] utf8 = result.getBytes(column + 1);
                return utf8 == null ? null : new String(utf8, StandardCharsets.UTF_8);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
