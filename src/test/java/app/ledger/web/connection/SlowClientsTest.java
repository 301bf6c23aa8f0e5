package app.ledger.web.connection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.ledger.support.Api;
import app.ledger.support.Ledger;
import app.ledger.support.RawHttp;
import app.ledger.support.SseClient;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Replays the slow-client attack (hundreds of connections that send nothing, or their request a byte
 * at a time, held open for a minute) against short limits: connections per address, and deadlines for
 * a request's head and body. Normal requests and long answers (event streams) are not affected.
 */
@QuarkusTest
@TestProfile(SlowClientsTest.ShortLimits.class)
class SlowClientsTest {

    static final int MAX_PER_ADDRESS = 8;
    static final Duration HEADER_TIMEOUT = Duration.ofSeconds(2);
    static final Duration BODY_TIMEOUT = Duration.ofSeconds(3);
    /** Room for a busy machine: a deadline must hit well within this after it is due. */
    static final Duration SLACK = Duration.ofSeconds(4);

    public static class ShortLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "ledger.http.max-connections-per-address", Integer.toString(MAX_PER_ADDRESS),
                    "ledger.http.header-timeout", HEADER_TIMEOUT.toString(),
                    "ledger.http.body-timeout", BODY_TIMEOUT.toString());
        }
    }

    private static final String LIMITS = "GET /api/limits HTTP/1.1\r\nHost: localhost\r\n\r\n";

    @Inject
    ConnectionGuard guard;

    private InetAddress loopback;

    @BeforeEach
    void limitsAreInPlace() {
        loopback = InetAddress.getLoopbackAddress();
        await().atMost(Duration.ofSeconds(30)).until(guard::installed);
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    @Test
    void oneConnectionMoreThanAllowedFromOneAddressIsClosedWhileOtherClientsAreServed() {
        // connections of earlier tests from this address close when idle
        await().atMost(HEADER_TIMEOUT.plus(SLACK)).until(() -> guard.openFrom(loopback) == 0);
        try (RawHttp warmUp = RawHttp.connectFrom("127.0.0.2")) {
            assertThat(warmUp.send(LIMITS).answerWithin(Duration.ofSeconds(10)).status()).isEqualTo(200);
        }
        List<RawHttp> idle = new ArrayList<>();
        try {
            for (int i = 0; i < MAX_PER_ADDRESS; i++) {
                idle.add(RawHttp.connect());
            }
            await().atMost(Duration.ofSeconds(5)).until(() -> guard.openFrom(loopback) == MAX_PER_ADDRESS);
            try (RawHttp oneMore = RawHttp.connect()) {
                assertThat(oneMore.closedWithin(Duration.ofSeconds(1))).as("the connection over the limit").isTrue();
            }
            try (RawHttp otherClient = RawHttp.connectFrom("127.0.0.2")) {
                long start = System.nanoTime();
                otherClient.send(LIMITS);
                assertThat(otherClient.answerWithin(Duration.ofSeconds(5)).status()).isEqualTo(200);
                // well before any deadline: the full address does not hold up others
                assertThat(millisSince(start)).as("another client is served at once").isLessThan(2000);
            }
        } finally {
            idle.forEach(RawHttp::close);
        }
        await().atMost(Duration.ofSeconds(5)).until(() -> guard.openFrom(loopback) == 0);
        try (RawHttp again = RawHttp.connect()) {
            again.send(LIMITS);
            assertThat(again.answerWithin(Duration.ofSeconds(5)).status()).isEqualTo(200);
        }
    }

    @Test
    void aClientSendingItsHeadAByteAtATimeIsCutOffWith408() {
        try (RawHttp slow = RawHttp.connect()) {
            long start = System.nanoTime();
            slow.send("GET /api/limits HTTP/1.1\r\n");
            boolean closed = false;
            while (!closed && millisSince(start) < HEADER_TIMEOUT.plus(SLACK).toMillis()) {
                slow.send("X");
                closed = slow.closedWithin(Duration.ofMillis(200));
            }
            assertThat(closed).as("cut off").isTrue();
            assertThat(millisSince(start)).isBetween(HEADER_TIMEOUT.toMillis() - 100,
                    HEADER_TIMEOUT.plus(SLACK).toMillis());
            RawHttp.Answer answer = slow.answer();
            assertThat(answer.status()).isEqualTo(408);
            assertThat(answer.headers()).containsEntry("content-type", "application/problem+json");
            assertThat(answer.body()).contains("\"type\":\"/problems/request-timeout\"");
        }
    }

    @Test
    void aClientSendingItsBodyAByteAtATimeIsCutOff() {
        try (RawHttp slow = RawHttp.connect()) {
            long start = System.nanoTime();
            slow.send("POST /api/auth/login HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 1000\r\n\r\n{");
            boolean closed = false;
            while (!closed && millisSince(start) < BODY_TIMEOUT.plus(SLACK).toMillis()) {
                slow.send(" ");
                closed = slow.closedWithin(Duration.ofMillis(200));
            }
            assertThat(closed).as("cut off").isTrue();
            assertThat(millisSince(start)).isBetween(BODY_TIMEOUT.toMillis() - 100,
                    BODY_TIMEOUT.plus(SLACK).toMillis());
        }
    }

    @Test
    void aConnectionThatSendsNothingIsClosedAfterTheHeaderTimeout() {
        try (RawHttp silent = RawHttp.connect()) {
            long start = System.nanoTime();
            assertThat(silent.closedWithin(HEADER_TIMEOUT.plus(SLACK))).isTrue();
            assertThat(millisSince(start)).isGreaterThanOrEqualTo(HEADER_TIMEOUT.toMillis() - 100);
        }
        try (RawHttp keptAlive = RawHttp.connect()) {
            keptAlive.send(LIMITS);
            long start = System.nanoTime();
            assertThat(keptAlive.closedWithin(HEADER_TIMEOUT.plus(SLACK))).isTrue();
            assertThat(millisSince(start)).isGreaterThanOrEqualTo(HEADER_TIMEOUT.toMillis() - 100);
            assertThat(keptAlive.answer().status()).isEqualTo(200);
        }
    }

    @Test
    void anEventStreamOutlivesTheDeadlines() {
        String token = Api.newUser();
        long account = Ledger.mainAccount(token);
        try (SseClient stream = SseClient.open(token, null)) {
            assertThat(stream.status).isEqualTo(200);
            assertThat(stream.endsWithin(HEADER_TIMEOUT.plus(BODY_TIMEOUT).plusSeconds(1))).isFalse();
            Ledger.deposit(token, account, "1.00").then().statusCode(201);
            assertThat(stream.take(2, Duration.ofSeconds(10))).hasSize(2);
        }
    }
}
