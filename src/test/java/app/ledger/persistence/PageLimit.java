package app.ledger.persistence;

import io.agroal.api.AgroalPoolInterceptor;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A disk that fills up, for tests on SQLite: while a limit is set, every connection taken from the pool
 * gets {@code PRAGMA max_page_count}, and SQLite then fails writes that need more pages with SQLITE_FULL
 * ("database or disk is full"), as on a full disk. The Vert.x pool takes a connection for every statement
 * or transaction, so raising the limit reaches every connection at its next use.
 */
@ApplicationScoped
public class PageLimit implements AgroalPoolInterceptor {

    /** SQLite's own maximum: as if no limit had been set. */
    public static final long NONE = 4_294_967_294L;

    private static volatile Long limit;

    public static void set(long pages) {
        limit = pages;
    }

    @Override
    public void onConnectionAcquire(Connection connection) {
        Long pages = limit;
        if (pages == null) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA max_page_count = " + pages);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
