package app.ledger.process;

import static app.ledger.process.HttpJson.field;
import static app.ledger.process.HttpJson.send;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stopping the service (SIGTERM) while many clients deposit. Every request is numbered (its description)
 * and its outcome recorded; the database read after a restart must hold exactly the writes answered 201.
 * A write whose caller never heard back must not have been committed, and a write sent once the stop had
 * begun (readiness seen DOWN) must be refused with 503, or find the connection refused or closed.
 */
class GracefulShutdownIT {

    private static final String USER = "{\"username\":\"graceful\",\"password\":\"a long enough password\"}";
    private static final int CLIENTS = 16;
    /** Between two of the service's own shutdown listeners; far longer than they take. */
    private static final long MARGIN_NANOS = TimeUnit.MILLISECONDS.toNanos(100);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    enum Kind {
        CREATED, BUSY, CONNECTION_REFUSED, CLOSED_WITHOUT_ANSWER, OTHER
    }

    /** What one numbered request got back, and when (nanoTime) it was sent and answered; entryId for 201. */
    record Attempt(int number, long sentAt, long endedAt, Kind kind, Long entryId, String detail) {
    }

    @Test
    void aStopWhileDepositsFlowCommitsExactlyTheWritesAnsweredCreatedAndRefusesLaterOnes() throws Exception {
        var database = LedgerProcess.freshDatabase(dir.resolve("data"));
        String token;
        Queue<Attempt> attempts = new ConcurrentLinkedQueue<>();
        long stopStarted;
        long stopSeen;
        long stopMillis;
        String stopLog;
        try (LedgerProcess service = LedgerProcess.start(database, dir.resolve("first.log")).awaitReady()) {
            assertThat(send("POST", service.uri("/api/auth/register"), null, USER).statusCode()).isEqualTo(201);
            token = field(send("POST", service.uri("/api/auth/login"), null, USER).body(), "token");
            CompletableFuture<HttpResponse<Void>> stream = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1).build()
                    .sendAsync(HttpRequest.newBuilder(service.uri("/api/events"))
                            .header("Authorization", "Bearer " + token).build(),
                            HttpResponse.BodyHandlers.discarding());

            URI deposits = service.uri("/api/accounts/1/deposits");
            AtomicInteger numbers = new AtomicInteger();
            AtomicBoolean exited = new AtomicBoolean();
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            for (int c = 0; c < CLIENTS; c++) {
                clients.submit(() -> deposit(deposits, token, numbers, exited, attempts));
            }
            awaitCreated(attempts, 200);

            stopStarted = System.nanoTime();
            service.signalStop();
            stopSeen = readinessDownSeenAt(service.uri("/q/health/ready"));
            int exit = service.awaitExit(Duration.ofSeconds(60));
            stopMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - stopStarted);
            exited.set(true);
            clients.shutdown();
            assertThat(clients.awaitTermination(90, TimeUnit.SECONDS)).as("every client finished").isTrue();
            stopLog = service.logText();
            assertThat(exit).as("clean exit").isIn(0, 143);
            assertThat(stream.get(10, TimeUnit.SECONDS).statusCode()).as("the stream ended, not hung").isEqualTo(200);
        }

        Map<Integer, Long> committed;
        try (LedgerProcess again = LedgerProcess.start(database, dir.resolve("second.log")).awaitReady()) {
            committed = committedDeposits(again, token);
            assertThat(send("GET", again.uri("/api/accounts/1/verify"), token, null).body()).contains("\"ok\":true");
        }

        Map<Integer, Attempt> byNumber = attempts.stream()
                .collect(Collectors.toMap(Attempt::number, Function.identity()));
        List<Attempt> committedWithoutCreated = committed.keySet().stream().map(byNumber::get)
                .filter(a -> a.kind() != Kind.CREATED).toList();
        List<Attempt> acceptedAfterStop = attempts.stream()
                .filter(a -> a.kind() == Kind.CREATED && a.sentAt() - stopSeen > MARGIN_NANOS).toList();
        long createdDuringStop = attempts.stream()
                .filter(a -> a.kind() == Kind.CREATED && a.endedAt() > stopStarted).count();
        System.out.printf("GracefulShutdownIT: stopped in %d ms; %d requests %s (%d answered 201 after SIGTERM);"
                + " %d committed, %d of them without a 201; %d answered 201 although sent after the stop began%n",
                stopMillis, attempts.size(),
                attempts.stream().collect(Collectors.groupingBy(Attempt::kind, Collectors.counting())),
                createdDuringStop, committed.size(), committedWithoutCreated.size(), acceptedAfterStop.size());

        assertThat(attempts).as("no 500 nor any other answer").noneMatch(a -> a.kind() == Kind.OTHER);
        assertThat(committedWithoutCreated).as("committed writes whose caller was not answered 201; the stop:%n%s",
                stopLog).isEmpty();
        Map<Integer, Long> answeredCreated = attempts.stream().filter(a -> a.kind() == Kind.CREATED)
                .collect(Collectors.toMap(Attempt::number, Attempt::entryId));
        assertThat(committed).as("every write answered 201 is committed, under the entry id it was given")
                .isEqualTo(answeredCreated);
        assertThat(acceptedAfterStop).as("writes sent after readiness was seen DOWN are refused; the stop:%n%s",
                stopLog).isEmpty();
    }

    /** One client: numbered deposits one after another until the service has exited. */
    private static void deposit(URI deposits, String token, AtomicInteger numbers, AtomicBoolean exited,
            Queue<Attempt> attempts) {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2)).build();
        while (!exited.get()) {
            Attempt attempt = attempt(http, deposits, token, numbers.incrementAndGet());
            attempts.add(attempt);
            if (attempt.kind() != Kind.CREATED) {
                pause(); // a refusing or stopped service is retried at once, but not in a busy loop
            }
        }
    }

    private static Attempt attempt(HttpClient http, URI deposits, String token, int number) {
        HttpRequest request = HttpRequest.newBuilder(deposits).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"amount\":\"1.00\",\"description\":\"" + description(number) + "\"}"))
                .build();
        long sentAt = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            long endedAt = System.nanoTime();
            if (response.statusCode() == 201) {
                JsonNode entry = JSON.readTree(response.body()).path("entry");
                if (description(number).equals(entry.path("description").asText())) {
                    return new Attempt(number, sentAt, endedAt, Kind.CREATED, entry.path("id").asLong(), null);
                }
            } else if (response.statusCode() == 503 && response.headers().firstValue("Retry-After").isPresent()
                    && response.body().contains("ledger-busy")) {
                return new Attempt(number, sentAt, endedAt, Kind.BUSY, null, null);
            }
            return new Attempt(number, sentAt, endedAt, Kind.OTHER, null,
                    response.statusCode() + " " + response.body());
        } catch (ConnectException refused) {
            return new Attempt(number, sentAt, System.nanoTime(), Kind.CONNECTION_REFUSED, null, null);
        } catch (IOException closed) {
            return new Attempt(number, sentAt, System.nanoTime(), Kind.CLOSED_WITHOUT_ANSWER, null, closed.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Attempt(number, sentAt, System.nanoTime(), Kind.OTHER, null, e.toString());
        }
    }

    private static String description(int number) {
        return "request " + number;
    }

    /** When (nanoTime) an answer showed that the stop had begun: readiness DOWN, or nothing listening. */
    private static long readinessDownSeenAt(URI ready) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            try {
                if (http.send(HttpRequest.newBuilder(ready).build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode() != 200) {
                    return System.nanoTime();
                }
            } catch (IOException gone) {
                return System.nanoTime();
            }
            Thread.sleep(10);
        }
        throw new AssertionError("readiness never went DOWN after SIGTERM");
    }

    /** Description number to entry id of every deposit in the account, read page by page. */
    private static Map<Integer, Long> committedDeposits(LedgerProcess service, String token) throws Exception {
        Map<Integer, Long> committed = new HashMap<>();
        String cursor = null;
        do {
            String query = "/api/accounts/1/transactions?limit=200"
                    + (cursor == null ? "" : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8));
            HttpResponse<String> page = send("GET", service.uri(query), token, null);
            assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
            JsonNode body = JSON.readTree(page.body());
            for (JsonNode entry : body.path("items")) {
                String description = entry.path("description").asText();
                assertThat(description).startsWith("request ");
                Long previous = committed.put(Integer.parseInt(description.substring("request ".length())),
                        entry.path("id").asLong());
                assertThat(previous).as("one entry per request").isNull();
            }
            cursor = body.path("nextCursor").isTextual() ? body.path("nextCursor").asText() : null;
        } while (cursor != null);
        return committed;
    }

    private static void awaitCreated(Queue<Attempt> attempts, int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (attempts.stream().filter(a -> a.kind() == Kind.CREATED).count() < count) {
            assertThat(System.nanoTime()).as("deposits flow before the stop").isLessThan(deadline);
            Thread.sleep(20);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(5);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
