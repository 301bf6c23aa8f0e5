package app.ledger.process;

import static app.ledger.process.HttpJson.field;
import static app.ledger.process.HttpJson.send;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Stopping the service while writes are in flight: every answered write is kept, streams end cleanly. */
class GracefulShutdownIT {

    private static final String USER = "{\"username\":\"graceful\",\"password\":\"a long enough password\"}";

    @TempDir
    Path dir;

    @Test
    void aStopWhileDepositsFlowKeepsEveryAcknowledgedDepositAndEndsStreams() throws Exception {
        var database = LedgerProcess.freshDatabase(dir.resolve("data"));
        String token;
        List<Integer> statuses;
        try (LedgerProcess service = LedgerProcess.start(database, dir.resolve("first.log")).awaitReady()) {
            assertThat(send("POST", service.uri("/api/auth/register"), null, USER).statusCode()).isEqualTo(201);
            token = field(send("POST", service.uri("/api/auth/login"), null, USER).body(), "token");
            CompletableFuture<HttpResponse<Void>> stream = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1).build()
                    .sendAsync(HttpRequest.newBuilder(service.uri("/api/events"))
                            .header("Authorization", "Bearer " + token).build(),
                            HttpResponse.BodyHandlers.discarding());

            ExecutorService clients = Executors.newFixedThreadPool(8);
            String url = service.uri("/api/accounts/1/deposits").toString();
            List<Future<Integer>> pending = java.util.stream.IntStream.range(0, 400)
                    .mapToObj(i -> clients.submit(() -> {
                        try {
                            return send("POST", java.net.URI.create(url), token, "{\"amount\":\"1.00\"}").statusCode();
                        } catch (java.io.IOException refused) {
                            return -1; // the service had stopped listening
                        }
                    }))
                    .toList();
            Thread.sleep(300);
            assertThat(service.terminate(Duration.ofSeconds(40))).as("clean exit").isIn(0, 143);
            statuses = pending.stream().map(f -> {
                try {
                    return f.get(30, TimeUnit.SECONDS);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }).toList();
            clients.shutdownNow();
            assertThat(stream.get(10, TimeUnit.SECONDS).statusCode()).as("the stream ended, not hung").isEqualTo(200);
        }

        assertThat(statuses).doesNotContain(500);
        assertThat(statuses).allSatisfy(s -> assertThat(s).isIn(201, 503, -1));
        long acknowledged = statuses.stream().filter(s -> s == 201).count();
        assertThat(acknowledged).isPositive();
        try (LedgerProcess again = LedgerProcess.start(database, dir.resolve("second.log")).awaitReady()) {
            var verify = send("GET", again.uri("/api/accounts/1/verify"), token, null).body();
            assertThat(verify).contains("\"ok\":true");
            assertThat(Long.parseLong(field(verify, "entriesChecked"))).isGreaterThanOrEqualTo(acknowledged);
        }
    }
}
