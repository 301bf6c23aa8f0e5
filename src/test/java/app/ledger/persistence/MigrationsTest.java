package app.ledger.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The SQLite migrations on an empty database, on an older one, and again on an up-to-date one. */
class MigrationsTest {

    @TempDir
    Path dir;

    private Flyway flyway(String url, String target) {
        return Flyway.configure()
                .dataSource(url, null, null)
                .locations("classpath:db/migration/sqlite")
                .target(MigrationVersion.fromVersion(target))
                .load();
    }

    private static long count(String url, String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void anEmptyDatabaseIsMigratedToTheLatestVersion() {
        String url = "jdbc:sqlite:" + dir.resolve("empty.db");
        var result = flyway(url, "latest").migrate();
        assertThat(result.migrationsExecuted).isPositive();
        assertThat(flyway(url, "latest").info().pending()).isEmpty();
        assertThat(Files.exists(dir.resolve("empty.db"))).isTrue();
    }

    @Test
    void anExistingDatabaseKeepsItsDataAndGetsTheNewerMigrations() throws Exception {
        String url = "jdbc:sqlite:" + dir.resolve("old.db");
        flyway(url, "1").migrate();
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO users (username, password_hash, created_at) VALUES ('old', 'x', 1)");
            s.executeUpdate("INSERT INTO accounts (user_id, name, currency, balance_minor, created_at) "
                    + "VALUES (1, 'Main', 'USD', 1234, 1)");
        }
        flyway(url, "latest").migrate();
        assertThat(flyway(url, "latest").info().pending()).isEmpty();
        assertThat(count(url, "SELECT balance_minor FROM accounts WHERE name = 'Main'")).isEqualTo(1234);
        assertThat(flyway(url, "latest").migrate().migrationsExecuted).isZero();
    }

    @Test
    void theSchemaRefusesANegativeBalance() throws Exception {
        String url = "jdbc:sqlite:" + dir.resolve("check.db");
        flyway(url, "latest").migrate();
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO users (username, password_hash, created_at) VALUES ('neg', 'x', 1)");
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> s.executeUpdate(
                    "INSERT INTO accounts (user_id, name, currency, balance_minor, created_at) "
                            + "VALUES (1, 'Main', 'USD', -1, 1)"))
                    .hasMessageContaining("CHECK constraint failed");
        }
    }
}
