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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two instances on one PostgreSQL database take withdrawals in a budgeted category at once, well past 100 % of
 * the budget: each threshold is sent once, and reaches the streams held on both instances.
 */
class BudgetMultiInstanceIT {

    private static final String USER = "{\"username\":\"budget.twice\",\"password\":\"a long enough password\"}";
    private static final int WITHDRAWALS = 160;

    @TempDir
    Path dir;

    @Test
    void eachThresholdIsSentOnceWhicheverInstanceWrites() throws Exception {
        assumeTrue(TestDatabase.isPostgres(), "several instances share a PostgreSQL database only");
        var database = LedgerProcess.freshDatabase(dir.resolve("data"));
        try (LedgerProcess a = LedgerProcess.start(database, dir.resolve("a.log")).awaitReady();
                LedgerProcess b = LedgerProcess.start(database, dir.resolve("b.log")).awaitReady()) {
            assertThat(send("POST", a.uri("/api/auth/register"), null, USER).statusCode()).isEqualTo(201);
            String token = field(send("POST", a.uri("/api/auth/login"), null, USER).body(), "token");
            String category = field(send("POST", a.uri("/api/categories"), token,
                    "{\"name\":\"Food\",\"kind\":\"expense\"}").body(), "id");
            var budget = send("POST", b.uri("/api/budgets"), token,
                    "{\"categoryId\":" + category + ",\"amount\":\"100.00\",\"currency\":\"USD\"}");
            assertThat(budget.statusCode()).as(budget.body()).isEqualTo(201);
            assertThat(send("POST", a.uri("/api/accounts/1/deposits"), token, "{\"amount\":\"1000.00\"}")
                    .statusCode()).isEqualTo(201);

            BlockingQueue<String> onA = new LinkedBlockingQueue<>();
            BlockingQueue<String> onB = new LinkedBlockingQueue<>();
            List<CompletableFuture<?>> streams = List.of(open(a, token, onA), open(b, token, onB));
            ExecutorService writers = Executors.newFixedThreadPool(8);
            try {
                assertThat(onA.poll(5, TimeUnit.SECONDS)).isNotNull();
                assertThat(onB.poll(5, TimeUnit.SECONDS)).isNotNull();
                List<Future<Integer>> statuses = new ArrayList<>();
                for (int i = 0; i < WITHDRAWALS; i++) {
                    LedgerProcess instance = i % 2 == 0 ? a : b;
                    statuses.add(writers.submit(() -> send("POST", instance.uri("/api/accounts/1/withdrawals"), token,
                            "{\"amount\":\"1.00\",\"categoryId\":" + category + "}").statusCode()));
                }
                for (Future<Integer> status : statuses) {
                    assertThat(status.get(60, TimeUnit.SECONDS)).isEqualTo(201);
                }
                var status = send("GET", b.uri("/api/budgets/status"), token, null);
                assertThat(status.body()).contains("\"spent\":\"160.00\"");

                Thread.sleep(2000); // every event there is to send has arrived by now
                for (BlockingQueue<String> lines : List.of(onA, onB)) {
                    List<String> thresholds = new ArrayList<>();
                    String line;
                    while ((line = lines.poll()) != null) {
                        if (line.equals("event:budget")) {
                            String data = lines.poll(5, TimeUnit.SECONDS);
                            assertThat(data).startsWith("data:");
                            thresholds.add(field(data.substring(5), "threshold"));
                        }
                    }
                    assertThat(thresholds).containsExactly("80", "100");
                }
            } finally {
                writers.shutdownNow();
                streams.forEach(stream -> stream.cancel(true));
            }
        }
    }

    private static CompletableFuture<?> open(LedgerProcess instance, String token, BlockingQueue<String> lines) {
        HttpRequest events = HttpRequest.newBuilder(instance.uri("/api/events"))
                .header("Authorization", "Bearer " + token).build();
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                .sendAsync(events, HttpResponse.BodyHandlers.fromLineSubscriber(new StreamLines(lines)));
    }
}
