package app.ledger.process;

import static app.ledger.process.HttpJson.field;
import static app.ledger.process.HttpJson.send;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIf;
import org.junit.jupiter.api.io.TempDir;

/**
 * A SQLite file damaged behind the service's back. Damage that start-up does not read (the entries) is
 * found by the first request that reads it: readiness goes DOWN, the log says the database reports
 * corruption, and verify answers a problem instead of a server error. A file whose header is destroyed
 * is not a database at all: start-up stops, saying so.
 */
@DisabledIf(value = "app.ledger.support.TestDatabase#isPostgres", disabledReason = "damages a SQLite file")
class CorruptDatabaseIT {

    private static final String USER = "{\"username\":\"damaged.user\",\"password\":\"a long enough password\"}";

    @TempDir
    Path dir;

    private Path data;
    private Map<String, String> database;

    /** An account with enough entries that the entries table spans several pages; then the service stops. */
    @BeforeEach
    void aLedgerWithHistory() throws Exception {
        data = dir.resolve("data");
        database = LedgerProcess.freshDatabase(data);
        try (LedgerProcess service = LedgerProcess.start(database, dir.resolve("before.log")).awaitReady()) {
            assertThat(send("POST", service.uri("/api/auth/register"), null, USER).statusCode()).isEqualTo(201);
            String token = field(send("POST", service.uri("/api/auth/login"), null, USER).body(), "token");
            for (int i = 0; i < 200; i++) {
                assertThat(send("POST", service.uri("/api/accounts/1/deposits"), token,
                        "{\"amount\":\"1.00\",\"description\":\"entry " + i + " " + "x".repeat(100) + "\"}")
                        .statusCode()).isEqualTo(201);
            }
            service.terminate(Duration.ofSeconds(30));
        }
        try (Connection c = sqlite(); Statement s = c.createStatement()) {
            s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        }
    }

    private Connection sqlite() throws Exception {
        return DriverManager.getConnection("jdbc:sqlite:" + data.resolve("ledger.db"));
    }

    /** Overwrites one page of the database file with bytes that are no b-tree page. */
    private void overwritePage(long page) throws Exception {
        try (RandomAccessFile file = new RandomAccessFile(data.resolve("ledger.db").toFile(), "rw")) {
            file.seek(16);
            int pageSize = file.readUnsignedShort();
            byte[] garbage = new byte[pageSize];
            Arrays.fill(garbage, (byte) 0x5A);
            file.seek((page - 1) * pageSize);
            file.write(garbage);
        }
    }

    @Test
    void damagedEntriesTurnReadinessDownAreLoggedAndVerifyAnswersAProblem() throws Exception {
        long entriesRoot;
        try (Connection c = sqlite(); Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("SELECT rootpage FROM sqlite_master WHERE name = 'entries'")) {
            rows.next();
            entriesRoot = rows.getLong(1);
        }
        overwritePage(entriesRoot);

        try (LedgerProcess service = LedgerProcess.start(database, dir.resolve("after.log")).awaitReady()) {
            String token = field(send("POST", service.uri("/api/auth/login"), null, USER).body(), "token");

            HttpResponse<String> verify = send("GET", service.uri("/api/accounts/1/verify"), token, null);

            assertThat(verify.statusCode()).isEqualTo(503);
            assertThat(verify.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(verify.body()).contains("\"type\":\"/problems/storage-unavailable\"").contains("damaged");
            HttpResponse<String> ready = send("GET", service.uri("/q/health/ready"), null, null);
            assertThat(ready.statusCode()).isEqualTo(503);
            assertThat(ready.body().replaceAll("\\s", "")).contains("\"storage\":\"corrupt\"")
                    .contains("\"error\":\"SQLITE_CORRUPT");
            assertThat(service.logText()).contains("The database reports corruption (SQLITE_CORRUPT");
            assertThat(service.logText()).doesNotContain("internal-error").doesNotContain("Unexpected failure");
        }
    }

    @Test
    void aFileWhoseHeaderIsDestroyedStopsStartUpSayingItIsNotADatabase() throws Exception {
        overwritePage(1);
        assertThat(Files.size(data.resolve("ledger.db"))).isPositive();

        try (LedgerProcess service = LedgerProcess.start(database, dir.resolve("after.log"))) {
            assertThat(service.awaitExit(Duration.ofSeconds(60))).isNotZero();
            assertThat(service.logText()).contains("The database file is damaged or is not a database (SQLITE_NOTADB)")
                    .contains("restore it from a backup").contains("Ledger cannot start");
        }
    }
}
