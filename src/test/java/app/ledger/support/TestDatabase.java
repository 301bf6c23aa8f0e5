package app.ledger.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * A fresh, empty database for one run of the service under test, on the database kind the build is for:
 * SQLite (a new data directory) or PostgreSQL (a new database on the server named by
 * LEDGER_TEST_POSTGRES_URL, such as postgresql://postgres:secret@localhost:5432/postgres).
 */
public final class TestDatabase {

    private TestDatabase() {
    }

    public static boolean isPostgres() {
        return "postgresql".equals(System.getProperty("test.db-kind", "sqlite"));
    }

    /** Configuration properties that point the service at a new database and data directory. */
    public static Map<String, String> fresh(Path dataDir) {
        Map<String, String> config = new HashMap<>();
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        config.put("ledger.data-dir", dataDir.toAbsolutePath().toString());
        if (isPostgres()) {
            config.putAll(freshPostgres());
        }
        return config;
    }

    private static Map<String, String> freshPostgres() {
        String url = System.getenv("LEDGER_TEST_POSTGRES_URL");
        if (url == null) {
            throw new IllegalStateException("The PostgreSQL build's tests need a server: set LEDGER_TEST_POSTGRES_URL, "
                    + "for example postgresql://postgres:secret@localhost:5432/postgres");
        }
        URI server = URI.create(url);
        String[] credentials = server.getUserInfo().split(":", 2);
        String hostPort = server.getHost() + ":" + (server.getPort() < 0 ? 5432 : server.getPort());
        String database = "ledger_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://" + hostPort + server.getPath(),
                credentials[0], credentials[1])) {
            c.createStatement().execute("CREATE DATABASE " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create a test database on " + hostPort, e);
        }
        return Map.of(
                "quarkus.datasource.jdbc.url", "jdbc:postgresql://" + hostPort + "/" + database,
                "quarkus.datasource.reactive.url", "postgresql://" + hostPort + "/" + database,
                "quarkus.datasource.username", credentials[0],
                "quarkus.datasource.password", credentials[1]);
    }

    /** The same configuration as environment variables, for a service started as its own process. */
    public static Map<String, String> asEnvironment(Map<String, String> config) {
        Map<String, String> env = new HashMap<>();
        config.forEach((key, value) -> env.put(key.toUpperCase().replaceAll("[^A-Z0-9]", "_"), value));
        return env;
    }
}
