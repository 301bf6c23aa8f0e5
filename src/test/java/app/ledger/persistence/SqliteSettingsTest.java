package app.ledger.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIf;

/** Reads the settings back from the connections that requests really use. */
@QuarkusTest
@DisabledIf(value = "app.ledger.support.TestDatabase#isPostgres", disabledReason = "SQLite settings")
class SqliteSettingsTest {

    @Inject
    Pool pool;

    @Inject
    DataDirectory dataDirectory;

    private Object pragma(String name) throws Exception {
        Row row = pool.query("PRAGMA " + name).execute().toCompletionStage().toCompletableFuture()
                .get(10, TimeUnit.SECONDS).iterator().next();
        return row.getValue(0);
    }

    @Test
    void everyConnectionIsDurableWalWithForeignKeysAndABusyTimeout() throws Exception {
        List<Object> seen = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            assertThat(pragma("journal_mode")).hasToString("wal");
            assertThat(((Number) pragma("synchronous")).intValue()).as("synchronous=FULL").isEqualTo(2);
            assertThat(((Number) pragma("foreign_keys")).intValue()).isEqualTo(1);
            seen.add(pragma("busy_timeout"));
        }
        assertThat(seen).allSatisfy(timeout -> assertThat(((Number) timeout).intValue()).isEqualTo(10000));
    }

    @Test
    void theDatabaseFileLivesInTheDataDirectory() {
        assertThat(Files.isRegularFile(dataDirectory.root().resolve("ledger.db"))).isTrue();
    }

    @Test
    void theDataDirectoryTheDatabaseAndItsWalAndShmFilesAreForTheOwnerOnly() throws Exception {
        pragma("journal_mode");
        Path root = dataDirectory.root();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(root))).isEqualTo("rwx------");
        for (String name : List.of("ledger.db", "ledger.db-wal", "ledger.db-shm", "keys/jwt-private.pem")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(root.resolve(name))))
                    .as(name).isEqualTo("rw-------");
        }
    }
}
