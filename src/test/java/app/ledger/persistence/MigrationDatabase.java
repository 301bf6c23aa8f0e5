package app.ledger.persistence;

import app.ledger.support.SqliteFiles;
import app.ledger.support.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Assumptions;

/**
 * The database a migration test fills at an old version and then migrates: a SQLite file in the test's
 * directory, or a fresh PostgreSQL database in the PostgreSQL build (elsewhere the PostgreSQL case is skipped).
 */
record MigrationDatabase(String url, String user, String password, String kind) {

    static MigrationDatabase of(String kind, Path dir) {
        if (kind.equals("sqlite")) {
            return new MigrationDatabase("jdbc:sqlite:" + dir.resolve("old.db"), null, null, kind);
        }
        Assumptions.assumeTrue(TestDatabase.isPostgres(), "PostgreSQL build only");
        Map<String, String> config = TestDatabase.fresh(dir.resolve("pg"));
        return new MigrationDatabase(config.get("quarkus.datasource.jdbc.url"),
                config.get("quarkus.datasource.username"), config.get("quarkus.datasource.password"), kind);
    }

    Connection connect() throws SQLException {
        return kind.equals("sqlite") ? SqliteFiles.open(url) : DriverManager.getConnection(url, user, password);
    }

    /** Flyway up to {@code target} ("latest" for all). */
    Flyway flyway(String target) {
        return Flyway.configure().dataSource(url, user, password)
                .locations("classpath:db/migration/" + kind)
                .target(MigrationVersion.fromVersion(target)).load();
    }
}
