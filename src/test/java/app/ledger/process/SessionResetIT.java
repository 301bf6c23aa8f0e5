package app.ledger.process;

import static app.ledger.process.HttpJson.field;
import static app.ledger.process.HttpJson.send;
import static org.assertj.core.api.Assertions.assertThat;

import app.ledger.support.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Tokens are only as good as the session the database holds for them. The signing keys live beside the
 * database, so emptying the database (or restoring an older one) while keeping the keys must not let an
 * old token speak for whoever gets the same user id in the new database.
 */
class SessionResetIT {

    private static final String OLD_USER = "{\"username\":\"before.reset\",\"password\":\"a long enough password\"}";
    private static final String NEW_USER = "{\"username\":\"after.reset\",\"password\":\"another long password\"}";

    @TempDir
    Path dir;

    @Test
    void aTokenFromBeforeTheDatabaseWasEmptiedIsRefusedForTheNewUserWithTheSameId() throws Exception {
        Path data = dir.resolve("data");
        Map<String, String> database = LedgerProcess.freshDatabase(data);
        String kept;
        String loggedOut;
        try (LedgerProcess first = LedgerProcess.start(database, dir.resolve("first.log")).awaitReady()) {
            assertThat(send("POST", first.uri("/api/auth/register"), null, OLD_USER).statusCode()).isEqualTo(201);
            kept = field(send("POST", first.uri("/api/auth/login"), null, OLD_USER).body(), "token");
            loggedOut = field(send("POST", first.uri("/api/auth/login"), null, OLD_USER).body(), "token");
            assertThat(send("POST", first.uri("/api/auth/logout"), loggedOut, null).statusCode()).isEqualTo(204);
            first.terminate(java.time.Duration.ofSeconds(30));
        }

        try (LedgerProcess second = LedgerProcess.start(database, dir.resolve("second.log")).awaitReady()) {
            assertThat(send("GET", second.uri("/api/accounts/1"), kept, null).statusCode())
                    .as("a live session outlives a restart").isEqualTo(200);
            assertThat(send("GET", second.uri("/api/me"), loggedOut, null).statusCode())
                    .as("a logged-out session stays ended after a restart").isEqualTo(401);
            second.terminate(java.time.Duration.ofSeconds(30));
        }

        Map<String, String> emptied = emptyDatabaseKeepingKeys(data, database);
        try (LedgerProcess third = LedgerProcess.start(emptied, dir.resolve("third.log")).awaitReady()) {
            assertThat(send("POST", third.uri("/api/auth/register"), null, NEW_USER).statusCode()).isEqualTo(201);
            String newToken = field(send("POST", third.uri("/api/auth/login"), null, NEW_USER).body(), "token");
            assertThat(field(send("POST", third.uri("/api/accounts/1/deposits"), newToken, "{\"amount\":\"100.00\"}")
                    .body(), "balance")).isEqualTo("100.00");
            assertThat(field(send("GET", third.uri("/api/me"), newToken, null).body(), "id"))
                    .as("the new user has the old user's id").isEqualTo("1");

            assertThat(send("GET", third.uri("/api/accounts/1"), kept, null).statusCode()).isEqualTo(401);
            assertThat(send("POST", third.uri("/api/accounts/1/withdrawals"), kept, "{\"amount\":\"60.00\"}")
                    .statusCode()).isEqualTo(401);
            assertThat(send("GET", third.uri("/api/me"), loggedOut, null).statusCode()).isEqualTo(401);
            assertThat(field(send("GET", third.uri("/api/accounts/1"), newToken, null).body(), "balance"))
                    .as("nothing was withdrawn").isEqualTo("100.00");
        }
    }

    /** As an operator resetting the service would: a new, empty database, the same data directory and keys. */
    private static Map<String, String> emptyDatabaseKeepingKeys(Path data, Map<String, String> database)
            throws Exception {
        assertThat(data.resolve("keys/jwt-private.pem")).exists();
        if (TestDatabase.isPostgres()) {
            return LedgerProcess.freshDatabase(data);
        }
        for (String file : new String[] {"ledger.db", "ledger.db-wal", "ledger.db-shm"}) {
            Files.deleteIfExists(data.resolve(file));
        }
        return database;
    }
}
