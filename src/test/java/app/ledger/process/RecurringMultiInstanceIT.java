package app.ledger.process;

import static app.ledger.process.HttpJson.field;
import static app.ledger.process.HttpJson.send;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import app.ledger.support.TestDatabase;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two instances on one PostgreSQL database run the scheduler at once over schedules with a year of missed
 * occurrences; one is killed in the middle and started again. Every occurrence is still exactly one entry.
 */
class RecurringMultiInstanceIT {

    private static final String USER = "{\"username\":\"recurring.twice\",\"password\":\"a long enough password\"}";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int DAYS = 366;
    private static final List<String> AMOUNTS = List.of("1.00", "10.00", "100.00");
    /** Both instances look for due occurrences every second. */
    private static final Map<String, String> EVERY_SECOND = Map.of("LEDGER_RECURRING_INTERVAL", "PT1S");

    @TempDir
    Path dir;

    @Test
    void eachOccurrenceBecomesOneEntryAcrossTwoInstancesAndARestart() throws Exception {
        assumeTrue(TestDatabase.isPostgres(), "several instances share a PostgreSQL database only");
        var database = LedgerProcess.freshDatabase(dir.resolve("data"));
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        try (LedgerProcess a = LedgerProcess.start(database, dir.resolve("a.log"), EVERY_SECOND).awaitReady()) {
            LedgerProcess b = LedgerProcess.start(database, dir.resolve("b.log"), EVERY_SECOND).awaitReady();
            try {
                assertThat(send("POST", a.uri("/api/auth/register"), null, USER).statusCode()).isEqualTo(201);
                String token = field(send("POST", a.uri("/api/auth/login"), null, USER).body(), "token");
                List<String> ids = new ArrayList<>();
                for (String amount : AMOUNTS) {
                    var created = send("POST", a.uri("/api/recurring"), token, "{\"accountId\":1,\"type\":\"deposit\","
                            + "\"amount\":\"" + amount + "\",\"payee\":\"Daily\",\"schedule\":{\"every\":\"day\"},"
                            + "\"startOn\":\"" + today.minusDays(DAYS - 1) + "\"}");
                    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
                    ids.add(field(created.body(), "id"));
                }

                // kill one instance while both are posting the missed occurrences, then start it again
                awaitBalance(a, token, new BigDecimal("1000.00"));
                b.kill();
                b = LedgerProcess.start(database, dir.resolve("b2.log"), EVERY_SECOND).awaitReady();

                Instant deadline = Instant.now().plusSeconds(120);
                String tomorrow = today.plusDays(1).toString();
                for (String id : ids) {
                    while (!tomorrow.equals(nextOn(b, token, id)) && Instant.now().isBefore(deadline)) {
                        Thread.sleep(200);
                    }
                    assertThat(nextOn(b, token, id)).as("schedule %s has caught up", id).isEqualTo(tomorrow);
                }
                Thread.sleep(2500); // both instances run again: nothing more may be posted

                List<String> entries = entries(a, token);
                assertThat(entries).hasSize(DAYS * AMOUNTS.size());
                assertThat(new HashSet<>(entries)).as("one entry per schedule and day").hasSize(DAYS * AMOUNTS.size())
                        .contains(today + " 100.00", today.minusDays(DAYS - 1) + " 1.00");
                JsonNode account = JSON.readTree(send("GET", b.uri("/api/accounts/1"), token, null).body());
                assertThat(account.get("balance").asText()).isEqualTo("40626.00"); // 366 × 111.00
                JsonNode verify = JSON.readTree(send("GET", a.uri("/api/accounts/1/verify"), token, null).body());
                assertThat(verify.get("ok").asBoolean()).as(verify.toString()).isTrue();
                for (String id : ids) {
                    JsonNode recent = JSON.readTree(send("GET", a.uri("/api/recurring/" + id), token, null).body())
                            .get("recentOccurrences");
                    recent.forEach(occurrence -> assertThat(occurrence.get("status").asText()).isEqualTo("posted"));
                }
                for (Path log : List.of(a.log, dir.resolve("b.log"), b.log)) {
                    Files.readAllLines(log).stream().filter(line -> line.contains("Recurring entries:") || line.contains("WARN"))
                            .forEach(line -> System.out.println(log.getFileName() + ": " + line));
                }
            } finally {
                b.close();
            }
        }
    }

    @Test
    void aFailedOccurrenceReachesAStreamHeldByTheOtherInstance() throws Exception {
        assumeTrue(TestDatabase.isPostgres(), "several instances share a PostgreSQL database only");
        var database = LedgerProcess.freshDatabase(dir.resolve("data"));
        // only a runs the scheduler (b's first timed run is a day away), the stream is held by b
        try (LedgerProcess a = LedgerProcess.start(database, dir.resolve("a.log"), EVERY_SECOND).awaitReady();
                LedgerProcess b = LedgerProcess.start(database, dir.resolve("b.log"),
                        Map.of("LEDGER_RECURRING_INTERVAL", "PT24H")).awaitReady()) {
            assertThat(send("POST", a.uri("/api/auth/register"), null, USER).statusCode()).isEqualTo(201);
            String token = field(send("POST", a.uri("/api/auth/login"), null, USER).body(), "token");
            BlockingQueue<String> lines = new LinkedBlockingQueue<>();
            HttpRequest events = HttpRequest.newBuilder(b.uri("/api/events"))
                    .header("Authorization", "Bearer " + token).build();
            CompletableFuture<?> stream = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
                    .sendAsync(events, HttpResponse.BodyHandlers.fromLineSubscriber(new StreamLines(lines)));
            try {
                assertThat(lines.poll(5, TimeUnit.SECONDS)).isNotNull();
                String today = LocalDate.now(ZoneOffset.UTC).toString();
                var created = send("POST", a.uri("/api/recurring"), token, "{\"accountId\":1,"
                        + "\"type\":\"withdrawal\",\"amount\":\"9.99\",\"schedule\":{\"every\":\"month\"},"
                        + "\"startOn\":\"" + today + "\"}");
                assertThat(created.statusCode()).as(created.body()).isEqualTo(201);

                String line;
                do {
                    line = lines.poll(10, TimeUnit.SECONDS);
                    assertThat(line).as("the recurring-failed event on the other instance").isNotNull();
                } while (!line.equals("event:recurring-failed"));
                String data = lines.poll(5, TimeUnit.SECONDS);
                assertThat(data).startsWith("data:").contains("\"occursOn\":\"" + today + "\"")
                        .contains("\"problem\":\"/problems/insufficient-funds\"");
            } finally {
                stream.cancel(true);
            }
        }
    }

    private static void awaitBalance(LedgerProcess instance, String token, BigDecimal balance) throws Exception {
        Instant deadline = Instant.now().plusSeconds(60);
        while (new BigDecimal(JSON.readTree(send("GET", instance.uri("/api/accounts/1"), token, null).body())
                .get("balance").asText()).compareTo(balance) < 0) {
            assertThat(Instant.now()).as("entries posted").isBefore(deadline);
            Thread.sleep(50);
        }
    }

    private static String nextOn(LedgerProcess instance, String token, String id) throws Exception {
        return JSON.readTree(send("GET", instance.uri("/api/recurring/" + id), token, null).body())
                .get("nextOn").asText();
    }

    /** Every entry of the account as "day amount", through all pages. */
    private static List<String> entries(LedgerProcess instance, String token) throws Exception {
        List<String> entries = new ArrayList<>();
        String cursor = null;
        do {
            String query = "/api/accounts/1/transactions?limit=200"
                    + (cursor == null ? "" : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8));
            JsonNode page = JSON.readTree(send("GET", instance.uri(query), token, null).body());
            page.get("items").forEach(item -> entries.add(item.get("occurredOn").asText() + " "
                    + item.get("amount").asText()));
            cursor = page.hasNonNull("nextCursor") ? page.get("nextCursor").asText() : null;
        } while (cursor != null);
        return entries;
    }
}
