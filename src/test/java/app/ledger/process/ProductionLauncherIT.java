package app.ledger.process;

import static app.ledger.process.HttpJson.field;
import static app.ledger.process.HttpJson.send;
import static org.assertj.core.api.Assertions.assertThat;

import app.ledger.support.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * README's production command, docker/run.sh: the first start makes the class archive with a training run on a
 * scratch data directory (never the user's), the JVM then maps that archive, and the next start reuses it without
 * training again. The service it starts serves the user's data as the plain {@code java -jar} does.
 */
class ProductionLauncherIT {

    private static final String USER = "{\"username\":\"launched\",\"password\":\"a long enough password\"}";
    private static final String TRAINING = "making the class archive";

    @TempDir
    Path dir;

    @Test
    void theFirstStartTrainsTheClassArchiveAndTheNextReusesIt() throws Exception {
        Path data = dir.resolve("data");
        Path archive = dir.resolve("ledger.jsa");
        var database = LedgerProcess.freshDatabase(data);
        boolean trained = !TestDatabase.isPostgres(); // the PostgreSQL build is not trained
        String token;
        try (LedgerProcess first = LedgerProcess.startWithLauncher(database, dir.resolve("first.log"), archive)
                .awaitReady(Duration.ofSeconds(180))) {
            assertThat(send("POST", first.uri("/api/auth/register"), null, USER).statusCode()).isEqualTo(201);
            token = field(send("POST", first.uri("/api/auth/login"), null, USER).body(), "token");
            assertThat(send("POST", first.uri("/api/accounts/1/deposits"), token, "{\"amount\":\"12.50\"}")
                    .statusCode()).isEqualTo(201);
            if (trained) {
                assertThat(first.logText()).contains(TRAINING).doesNotContain("training run failed");
                assertThat(archive).exists();
                assertThat(mappings(first)).as("the JVM maps the class archive").contains(archive.toString());
            }
            // as with java -jar: the JVM stops on SIGTERM, with the status that says so
            assertThat(first.terminate(Duration.ofSeconds(30))).isIn(0, 143);
        }
        // the training user lived in a scratch directory: only this test's user is here
        try (LedgerProcess second = LedgerProcess.startWithLauncher(database, dir.resolve("second.log"), archive)
                .awaitReady()) {
            assertThat(send("POST", second.uri("/api/auth/register"), null,
                    "{\"username\":\"training\",\"password\":\"training password, not kept\"}").statusCode())
                    .isEqualTo(201);
            assertThat(field(send("GET", second.uri("/api/accounts/1"), token, null).body(), "balance"))
                    .isEqualTo("12.50");
            assertThat(second.logText()).doesNotContain(TRAINING);
            if (trained) {
                assertThat(mappings(second)).contains(archive.toString());
            }
        }
    }

    private static String mappings(LedgerProcess process) throws Exception {
        return Files.readString(Path.of("/proc", Long.toString(process.pid()), "maps"));
    }
}
