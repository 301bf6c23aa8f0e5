package app.ledger.live;

import static app.ledger.support.Ledger.mainAccount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.ledger.auth.session.Sessions;
import app.ledger.config.LedgerConfig;
import app.ledger.support.Api;
import app.ledger.support.Database;
import app.ledger.support.SseClient;
import app.ledger.support.TestDatabase;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LiveResourceTest {

    /** How long a test waits for an event before calling it lost; delivery speed is measured separately. */
    private static final Duration PATIENCE = Duration.ofSeconds(10);
    private static final Duration SECOND = Duration.ofSeconds(1);

    @Inject
    LiveHub hub;

    @Inject
    LedgerConfig config;

    @Inject
    Sessions sessions;

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "smallrye.jwt.sign.key.location")
    String privateKeyLocation;

    private static void post(String token, long account, String kind, String amount, int status) {
        Api.jsonAs(token).body(Map.of("amount", amount)).post("/api/accounts/" + account + "/" + kind)
                .then().statusCode(status);
    }

    @Test
    void aDepositReachesEveryStreamOfItsUserAndNoOtherUser() {
        String alice = Api.newUser();
        String bob = Api.newUser();
        long account = mainAccount(alice);
        try (SseClient laptop = SseClient.open(alice, null);
                SseClient phone = SseClient.open(alice, null);
                SseClient bobs = SseClient.open(bob, null)) {
            assertThat(laptop.status).isEqualTo(200);
            await().until(() -> hub.openStreams() >= 3);

            post(alice, account, "deposits", "12.34", 201);
            for (SseClient stream : List.of(laptop, phone)) {
                List<SseClient.Event> events = stream.take(2, PATIENCE);
                assertThat(events).extracting(SseClient.Event::name).containsExactly("entry", "balance");
                assertThat(events.get(0).data()).contains("\"amount\":\"12.34\"").contains("\"type\":\"deposit\"");
                assertThat(events.get(1).data())
                        .isEqualTo("{\"accountId\":" + account + ",\"balance\":\"12.34\",\"entryId\":"
                                + (Long.parseLong(events.get(0).id()) / 2) + "}");
                assertThat(Long.parseLong(events.get(1).id())).isEqualTo(Long.parseLong(events.get(0).id()) + 1);
            }
            assertThat(bobs.next(Duration.ofMillis(500))).isNull();
        }
    }

    /**
     * Delivery within a second, measured on up to five deposits: one slow delivery on a busy machine
     * (a garbage collection, the other core taken by a build) does not fail it; a slow path every time does.
     */
    @Test
    void aDepositIsDeliveredWithinASecond() {
        String token = Api.newUser();
        long account = mainAccount(token);
        try (SseClient stream = SseClient.open(token, null)) {
            await().until(() -> hub.openStreams() >= 1);
            Duration fastest = Duration.ofDays(1);
            for (int attempt = 0; attempt < 5 && fastest.compareTo(SECOND) >= 0; attempt++) {
                long before = System.nanoTime();
                post(token, account, "deposits", "1.00", 201);
                assertThat(stream.take(2, PATIENCE)).hasSize(2);
                Duration took = Duration.ofNanos(System.nanoTime() - before);
                fastest = took.compareTo(fastest) < 0 ? took : fastest;
            }
            assertThat(fastest).isLessThan(SECOND);
        }
    }

    @Test
    void aRefusedWithdrawalSendsNothing() {
        String token = Api.newUser();
        long account = mainAccount(token);
        try (SseClient stream = SseClient.open(token, null)) {
            await().until(() -> hub.openStreams() >= 1);
            post(token, account, "withdrawals", "1.00", 409);
            Api.jsonAs(token).body(Map.of("amount", "-1")).post("/api/accounts/" + account + "/deposits")
                    .then().statusCode(400);
            assertThat(stream.next(Duration.ofMillis(700))).isNull();
            post(token, account, "deposits", "1.00", 201);
            assertThat(stream.next(PATIENCE).name()).isEqualTo("entry");
        }
    }

    @Test
    void aTransferSendsTheEventsOfBothAccounts() {
        String token = Api.newUser();
        long main = mainAccount(token);
        long savings = ((Number) Api.jsonAs(token).body(Map.of("name", "Savings", "currency", "USD"))
                .post("/api/accounts").path("id")).longValue();
        post(token, main, "deposits", "10.00", 201);
        try (SseClient stream = SseClient.open(token, null)) {
            await().until(() -> hub.openStreams() >= 1);
            Api.jsonAs(token).body(Map.of("fromAccountId", main, "toAccountId", savings, "amount", "4.00"))
                    .post("/api/transfers").then().statusCode(201);
            List<SseClient.Event> events = stream.take(4, PATIENCE);
            assertThat(events).extracting(SseClient.Event::name)
                    .containsExactly("entry", "balance", "entry", "balance");
            assertThat(events.get(1).data()).contains("\"accountId\":" + main).contains("\"balance\":\"6.00\"");
            assertThat(events.get(3).data()).contains("\"accountId\":" + savings).contains("\"balance\":\"4.00\"");
        }
    }

    @Test
    void reconnectingWithLastEventIdReplaysExactlyWhatWasMissed() {
        String token = Api.newUser();
        long account = mainAccount(token);
        String lastSeen;
        try (SseClient stream = SseClient.open(token, null)) {
            await().until(() -> hub.openStreams() >= 1);
            post(token, account, "deposits", "1.00", 201);
            post(token, account, "deposits", "2.00", 201);
            List<SseClient.Event> seen = stream.take(4, PATIENCE);
            assertThat(seen).hasSize(4);
            lastSeen = seen.get(3).id();
        }
        post(token, account, "deposits", "3.00", 201);
        post(token, account, "withdrawals", "0.50", 201);
        post(token, account, "deposits", "4.00", 201);

        try (SseClient resumed = SseClient.open(token, lastSeen)) {
            List<SseClient.Event> replayed = resumed.take(6, PATIENCE);
            assertThat(replayed).extracting(SseClient.Event::name)
                    .containsExactly("entry", "balance", "entry", "balance", "entry", "balance");
            assertThat(replayed.get(1).data()).contains("\"balance\":\"6.00\"");
            assertThat(replayed.get(3).data()).contains("\"balance\":\"5.50\"");
            assertThat(replayed.get(5).data()).contains("\"balance\":\"9.50\"");
            assertThat(replayed).extracting(e -> Long.parseLong(e.id())).isSorted()
                    .allSatisfy(id -> assertThat(id).isGreaterThan(Long.parseLong(lastSeen)));
            assertThat(resumed.next(Duration.ofMillis(300))).isNull();

            post(token, account, "deposits", "5.00", 201);
            List<SseClient.Event> live = resumed.take(2, PATIENCE);
            assertThat(live.get(1).data()).contains("\"balance\":\"14.50\"");
            assertThat(resumed.next(Duration.ofMillis(300))).isNull();
        }
    }

    @Test
    void resumingBetweenAnEntryAndItsBalanceSendsOnlyTheBalance() {
        String token = Api.newUser();
        long account = mainAccount(token);
        post(token, account, "deposits", "8.00", 201);
        String entryEvent;
        try (SseClient all = SseClient.open(token, "0")) {
            List<SseClient.Event> events = all.take(2, PATIENCE);
            entryEvent = events.get(0).id();
        }
        try (SseClient resumed = SseClient.open(token, entryEvent)) {
            List<SseClient.Event> events = resumed.take(1, PATIENCE);
            assertThat(events).extracting(SseClient.Event::name).containsExactly("balance");
            assertThat(resumed.next(Duration.ofMillis(300))).isNull();
        }
    }

    /** The last event of a stream whose session ended, and then the end of the stream itself. */
    private static SseClient.Event lastEventBeforeTheEnd(SseClient stream, Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        SseClient.Event last = null;
        for (SseClient.Event event; (event = stream.next(Duration.ofNanos(Math.max(1,
                deadline - System.nanoTime())))) != null; ) {
            last = event;
        }
        assertThat(System.nanoTime()).as("the stream ended in time").isLessThan(deadline);
        return last;
    }

    @Test
    void theStreamEndsOnLogoutAndSaysSo() {
        String token = Api.newUser();
        try (SseClient stream = SseClient.open(token, null)) {
            await().until(() -> hub.openStreams() >= 1);
            Api.as(token).post("/api/auth/logout").then().statusCode(204);
            SseClient.Event last = lastEventBeforeTheEnd(stream, Duration.ofSeconds(2));
            assertThat(last).isNotNull();
            assertThat(last.name()).isEqualTo("session-ended");
            assertThat(last.data()).isEqualTo("{\"reason\":\"logout\"}");
            assertThat(last.id()).as("a client must not resume after it").isNull();
        }
        assertThat(SseClient.open(token, null).status).isEqualTo(401);
    }

    /**
     * A session ended on another instance arrives as a PostgreSQL notification; the SQLite build has one
     * instance, where the same notice can only come from the session check that found the session gone.
     */
    @Test
    void theStreamEndsWhenItsSessionEndsOnAnotherInstanceAndSaysSo() {
        String token = Api.newUser();
        String sessionId = Api.claim(token, "sid");
        try (SseClient stream = SseClient.open(token, null)) {
            await().until(() -> hub.openStreams() >= 1);
            if (TestDatabase.isPostgres()) {
                new Database(dataSource).rows("SELECT pg_notify('ledger_sessions_ended', ?)",
                        "{\"instance\":\"another\",\"sessionId\":\"" + sessionId + "\"}");
            } else {
                sessions.endedElsewhere(sessionId);
            }
            SseClient.Event last = lastEventBeforeTheEnd(stream, Duration.ofSeconds(5));
            assertThat(last).isNotNull();
            assertThat(last.name()).isEqualTo("session-ended");
            assertThat(last.data()).isEqualTo("{\"reason\":\"logout\"}");
        }
    }

    @Test
    void theStreamEndsWhenItsTokenExpiresAndSaysSo() throws Exception {
        String token = Api.newUser();
        String userId = Api.as(token).get("/api/me").path("id").toString();
        String shortLived = Jwt.issuer("ledger").subject(userId).upn("x").claim("sid", Api.claim(token, "sid"))
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(2))
                .jws().sign(KeyUtils.decodePrivateKey(Files.readString(Path.of(privateKeyLocation))));
        try (SseClient stream = SseClient.open(shortLived, null)) {
            assertThat(stream.status).isEqualTo(200);
            SseClient.Event last = lastEventBeforeTheEnd(stream, Duration.ofSeconds(5));
            assertThat(last).isNotNull();
            assertThat(last.name()).isEqualTo("session-ended");
            assertThat(last.data()).isEqualTo("{\"reason\":\"expired\"}");
        }
    }

    @Test
    void heartbeatsKeepIdleStreamsAlive() {
        try (SseClient stream = SseClient.open(Api.newUser(), null)) {
            assertThat(stream.nextComment(Duration.ofSeconds(3))).isEqualTo("keep-alive");
        }
    }

    @Test
    void closedStreamsAreCleanedUpAtOnce() {
        await().atMost(Duration.ofSeconds(5)).until(() -> hub.openStreams() == 0);
        String token = Api.newUser();
        for (int i = 0; i < 200; i++) {
            SseClient.open(token, null).close();
        }
        await().atMost(Duration.ofSeconds(5)).until(() -> hub.openStreams() == 0);
    }

    @Test
    void streamsNeedALoginAndAWellFormedLastEventId() {
        assertThat(SseClient.open("not-a-token", null).status).isEqualTo(401);
        assertThat(SseClient.open(Api.newUser(), "abc").status).isEqualTo(400);
    }

    @Test
    void oneStreamMoreThanAllowedIs429AndClosingOneMakesRoom() {
        String token = Api.newUser();
        int max = config.live().maxStreamsPerUser();
        List<SseClient> streams = new ArrayList<>();
        try {
            for (int i = 0; i < max; i++) {
                streams.add(SseClient.open(token, null));
            }
            assertThat(streams).allSatisfy(stream -> assertThat(stream.status).isEqualTo(200));
            await().until(() -> hub.openStreams() >= max);

            try (SseClient refused = SseClient.open(token, null)) {
                assertThat(refused.status).isEqualTo(429);
                assertThat(refused.contentType).startsWith("application/problem+json");
            }
            try (SseClient otherUser = SseClient.open(Api.newUser(), null)) {
                assertThat(otherUser.status).isEqualTo(200);
            }

            int before = hub.openStreams();
            streams.remove(0).close();
            await().until(() -> hub.openStreams() < before);
            streams.add(SseClient.open(token, null));
            assertThat(streams.get(streams.size() - 1).status).isEqualTo(200);
        } finally {
            streams.forEach(SseClient::close);
        }
    }

    @Test
    void anEditReachesEveryStreamOfItsUserAsEntryUpdatedAfterTheEntry() {
        String token = Api.newUser();
        long account = mainAccount(token);
        try (SseClient laptop = SseClient.open(token, null); SseClient phone = SseClient.open(token, null)) {
            await().until(() -> hub.openStreams(userIdOf(token)) >= 2);
            long entryId = ((Number) Api.jsonAs(token).body(Map.of("amount", "3.00", "description", "cofee"))
                    .post("/api/accounts/" + account + "/deposits").then().statusCode(201)
                    .extract().path("entry.id")).longValue();
            Api.jsonAs(token).body(Map.of("description", "coffee", "tags", List.of("typo")))
                    .patch("/api/entries/" + entryId).then().statusCode(200);

            for (SseClient stream : List.of(laptop, phone)) {
                List<SseClient.Event> events = stream.take(3, PATIENCE);
                assertThat(events).extracting(SseClient.Event::name)
                        .containsExactly("entry", "balance", "entry-updated");
                assertThat(events.get(2).data()).contains("\"id\":" + entryId)
                        .contains("\"description\":\"coffee\"").contains("\"tags\":[\"typo\"]");
                assertThat(Long.parseLong(events.get(2).id())).isGreaterThan(Long.parseLong(events.get(1).id()))
                        .isEven();
            }
        }
    }

    @Test
    void aReversalSendsTheNewEntryAndTheUpdateOfTheOneItCancels() {
        String token = Api.newUser();
        long account = mainAccount(token);
        long entryId = ((Number) Api.jsonAs(token).body(Map.of("amount", "3.00"))
                .post("/api/accounts/" + account + "/deposits").then().statusCode(201)
                .extract().path("entry.id")).longValue();
        try (SseClient stream = SseClient.open(token, null)) {
            await().until(() -> hub.openStreams(userIdOf(token)) >= 1);
            long reversalId = ((Number) Api.jsonAs(token).body("{}").post("/api/entries/" + entryId + "/reversal")
                    .then().statusCode(201).extract().path("entry.id")).longValue();

            List<SseClient.Event> events = stream.take(3, PATIENCE);
            assertThat(events).extracting(SseClient.Event::name).containsExactly("entry", "balance", "entry-updated");
            assertThat(events.get(0).data()).contains("\"reversalOf\":" + entryId);
            assertThat(events.get(1).data()).contains("\"balance\":\"0.00\"");
            assertThat(events.get(2).data()).contains("\"id\":" + entryId)
                    .contains("\"reversedBy\":" + reversalId);
        }
    }

    @Test
    void reconnectingReplaysMissedEditsInCommitOrderBetweenTheEntries() {
        String token = Api.newUser();
        long account = mainAccount(token);
        String lastSeen;
        long first;
        try (SseClient stream = SseClient.open(token, null)) {
            await().until(() -> hub.openStreams(userIdOf(token)) >= 1);
            first = ((Number) Api.jsonAs(token).body(Map.of("amount", "1.00"))
                    .post("/api/accounts/" + account + "/deposits").then().statusCode(201)
                    .extract().path("entry.id")).longValue();
            lastSeen = stream.take(2, PATIENCE).get(1).id();
        }
        Api.jsonAs(token).body(Map.of("notes", "one")).patch("/api/entries/" + first).then().statusCode(200);
        post(token, account, "deposits", "2.00", 201);
        Api.jsonAs(token).body(Map.of("notes", "two")).patch("/api/entries/" + first).then().statusCode(200);

        try (SseClient resumed = SseClient.open(token, lastSeen)) {
            List<SseClient.Event> replayed = resumed.take(4, PATIENCE);
            assertThat(replayed).extracting(SseClient.Event::name)
                    .containsExactly("entry-updated", "entry", "balance", "entry-updated");
            assertThat(replayed).extracting(e -> Long.parseLong(e.id())).isSorted();
            assertThat(replayed.get(0).data()).contains("\"id\":" + first);
            assertThat(resumed.next(Duration.ofMillis(500))).isNull();
        }
        try (SseClient fromTheEdit = SseClient.open(token, lastSeenAfter(token, lastSeen))) {
            assertThat(fromTheEdit.take(3, PATIENCE)).extracting(SseClient.Event::name)
                    .containsExactly("entry", "balance", "entry-updated");
        }
    }

    /** The id of the first event after {@code position}, replayed from the start. */
    private static String lastSeenAfter(String token, String position) {
        try (SseClient all = SseClient.open(token, position)) {
            return all.take(1, PATIENCE).get(0).id();
        }
    }

    private static long userIdOf(String token) {
        return ((Number) Api.as(token).get("/api/me").path("id")).longValue();
    }
}
