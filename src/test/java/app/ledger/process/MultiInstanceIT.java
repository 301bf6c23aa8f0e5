package app.ledger.process;

import static app.ledger.process.HttpJson.field;
import static app.ledger.process.HttpJson.send;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import app.ledger.support.TestDatabase;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two instances on one PostgreSQL database: what happens on one reaches the event streams of the other. */
class MultiInstanceIT {

    private static final String USER = "{\"username\":\"two.instances\",\"password\":\"a long enough password\"}";
    private static final String END = StreamLines.END;

    @TempDir
    Path dir;

    @Test
    void aDepositAndAnEditThroughOneInstanceReachAStreamHeldByTheOtherAndLogoutEndsIt() throws Exception {
        assumeTrue(TestDatabase.isPostgres(), "several instances share a PostgreSQL database only");
        var database = LedgerProcess.freshDatabase(dir.resolve("data"));
        try (LedgerProcess a = LedgerProcess.start(database, dir.resolve("a.log")).awaitReady();
                LedgerProcess b = LedgerProcess.start(database, dir.resolve("b.log")).awaitReady()) {
            assertThat(send("POST", a.uri("/api/auth/register"), null, USER).statusCode()).isEqualTo(201);
            String token = field(send("POST", a.uri("/api/auth/login"), null, USER).body(), "token");

            BlockingQueue<String> lines = new LinkedBlockingQueue<>();
            HttpRequest events = HttpRequest.newBuilder(b.uri("/api/events"))
                    .header("Authorization", "Bearer " + token).build();
            CompletableFuture<?> stream = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                    .sendAsync(events, HttpResponse.BodyHandlers.fromLineSubscriber(new StreamLines(lines)));
            assertThat(poll(lines, 5)).isNotNull();

            long started = System.nanoTime();
            var deposit = send("POST", a.uri("/api/accounts/1/deposits"), token, "{\"amount\":\"7.25\"}");
            assertThat(deposit.statusCode()).isEqualTo(201);
            String data = null;
            while (data == null || !data.startsWith("data:{\"accountId\"")) {
                data = poll(lines, 2);
                assertThat(data).as("balance event on the other instance").isNotNull().isNotEqualTo(END);
            }
            assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started)).isLessThan(1000);
            assertThat(data).contains("\"balance\":\"7.25\"");

            String entryId = field(deposit.body(), "id");
            var edit = send("PATCH", a.uri("/api/entries/" + entryId), token, "{\"description\":\"edited on a\"}");
            assertThat(edit.statusCode()).isEqualTo(200);
            String event = null;
            while (event == null || !event.startsWith("event:")) {
                event = poll(lines, 5);
                assertThat(event).as("entry-updated on the other instance").isNotNull().isNotEqualTo(END);
            }
            assertThat(event).isEqualTo("event:entry-updated");
            String updated = poll(lines, 5);
            while (updated != null && !updated.startsWith("data:")) {
                updated = poll(lines, 5);
            }
            assertThat(updated).contains("\"description\":\"edited on a\"");

            assertThat(send("POST", a.uri("/api/auth/logout"), token, null).statusCode()).isEqualTo(204);
            String line;
            do {
                line = poll(lines, 5);
            } while (line != null && !line.equals(END));
            assertThat(line).as("the stream on the other instance ended").isEqualTo(END);
            assertThat(send("GET", b.uri("/api/me"), token, null).statusCode()).isEqualTo(401);
            stream.cancel(true);
        }
    }

    private static String poll(BlockingQueue<String> lines, int seconds) throws InterruptedException {
        String line;
        do {
            line = lines.poll(seconds, TimeUnit.SECONDS);
        } while (line != null && (line.isEmpty() || line.startsWith("content-type") || line.startsWith(":")));
        return line;
    }

}
