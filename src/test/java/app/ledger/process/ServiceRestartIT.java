package app.ledger.process;

import static app.ledger.process.HttpJson.field;
import static app.ledger.process.HttpJson.send;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged service, killed and started again on the same data directory. */
class ServiceRestartIT {

    private static final String USER = "{\"username\":\"restart.user\",\"password\":\"a long enough password\"}";

    @TempDir
    Path dir;

    @Test
    void acknowledgedDepositsRevocationsAndKeysSurviveAKillAndARestart() throws Exception {
        Path data = dir.resolve("data");
        var database = LedgerProcess.freshDatabase(data);
        String kept;
        String revoked;
        String privateKey;
        try (LedgerProcess first = LedgerProcess.start(database, dir.resolve("first.log")).awaitReady()) {
            assertThat(send("POST", first.uri("/api/auth/register"), null, USER).statusCode()).isEqualTo(201);
            kept = field(send("POST", first.uri("/api/auth/login"), null, USER).body(), "token");
            revoked = field(send("POST", first.uri("/api/auth/login"), null, USER).body(), "token");
            assertThat(send("POST", first.uri("/api/accounts"), kept, "{\"name\":\"Savings\",\"currency\":\"EUR\"}")
                    .statusCode()).isEqualTo(201);
            assertThat(send("POST", first.uri("/api/auth/logout"), revoked, null).statusCode()).isEqualTo(204);
            String deposits = first.uri("/api/accounts/1/deposits").toString();
            List<Integer> statuses = java.util.stream.IntStream.range(0, 50).parallel()
                    .mapToObj(i -> status(deposits, kept))
                    .toList();
            assertThat(statuses).containsOnly(201);
            privateKey = Files.readString(data.resolve("keys/jwt-private.pem"));
            assertThat(first.logText()).as("no secrets in the log")
                    .doesNotContain(kept).doesNotContain(revoked).doesNotContain("a long enough password");
            first.kill();
        }

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve("keys/jwt-private.pem"))))
                .isEqualTo("rw-------");
        try (LedgerProcess second = LedgerProcess.start(database, dir.resolve("second.log")).awaitReady()) {
            assertThat(Files.readString(data.resolve("keys/jwt-private.pem"))).isEqualTo(privateKey);
            var accounts = send("GET", second.uri("/api/accounts"), kept, null);
            assertThat(accounts.statusCode()).isEqualTo(200);
            assertThat(accounts.body()).contains("\"name\":\"Main\"").contains("\"name\":\"Savings\"");
            assertThat(send("GET", second.uri("/api/me"), revoked, null).statusCode()).isEqualTo(401);
            assertThat(send("POST", second.uri("/api/auth/register"), null, USER).statusCode()).isEqualTo(409);
            assertThat(second.logText()).contains("0 migration(s) applied now");
            var account = send("GET", second.uri("/api/accounts/1"), kept, null).body();
            assertThat(field(account, "balance")).isEqualTo("50.00");
            var verification = send("GET", second.uri("/api/accounts/1/verify"), kept, null).body();
            assertThat(verification).contains("\"ok\":true").contains("\"entriesChecked\":50");
        }
    }

    private static Connection connect(java.util.Map<String, String> database) throws java.sql.SQLException {
        String url = database.get("quarkus.datasource.jdbc.url");
        return url == null
                ? DriverManager.getConnection("jdbc:sqlite:" + Path.of(database.get("ledger.data-dir"), "ledger.db"))
                : DriverManager.getConnection(url, database.get("quarkus.datasource.username"),
                        database.get("quarkus.datasource.password"));
    }

    private static int status(String uri, String token) {
        try {
            return send("POST", java.net.URI.create(uri), token, "{\"amount\":\"1.00\"}").statusCode();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aMigrationThatCannotBeAppliedStopsTheStartWithAClearMessage() throws Exception {
        Path data = dir.resolve("data");
        var database = LedgerProcess.freshDatabase(data);
        try (LedgerProcess first = LedgerProcess.start(database, dir.resolve("first.log")).awaitReady()) {
            first.close();
        }
        try (Connection c = connect(database); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE flyway_schema_history SET checksum = 12345 WHERE version = '1'");
        }
        try (LedgerProcess second = LedgerProcess.start(database, dir.resolve("second.log"))) {
            assertThat(second.awaitExit(Duration.ofSeconds(60))).isNotZero();
            assertThat(second.logText()).contains("Database migration failed, Ledger cannot start");
        }
    }
}
