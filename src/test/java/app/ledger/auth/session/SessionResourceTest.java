package app.ledger.auth.session;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import app.ledger.live.LiveHub;
import app.ledger.support.Api;
import app.ledger.support.SseClient;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SessionResourceTest {

    private static final Duration PATIENCE = Duration.ofSeconds(5);

    @Inject
    LiveHub hub;

    static String loginWith(String username, String userAgent) {
        return given().contentType(ContentType.JSON).header("User-Agent", userAgent)
                .body(Map.of("username", username, "password", Api.PASSWORD))
                .post("/api/auth/login")
                .then().statusCode(200)
                .extract().path("token");
    }

    /** Whether the server ended the stream, its last event saying the session ended. */
    static boolean endedBySessionEnd(SseClient stream) {
        SseClient.Event last = null;
        for (SseClient.Event event; (event = stream.next(PATIENCE)) != null; ) {
            last = event;
        }
        return last != null && "session-ended".equals(last.name());
    }

    @Test
    void listsTheUsersOwnSessionsNewestFirstWithTheCurrentOneMarked() {
        String username = Api.uniqueUsername();
        Api.register(username, Api.PASSWORD);
        String laptop = loginWith(username, "Laptop browser");
        String phone = loginWith(username, "Phone browser");
        Api.newUser(); // someone else's session, never listed

        JsonPath sessions = Api.as(laptop).get("/api/me/sessions").then().statusCode(200).extract().jsonPath();

        assertThat(sessions.getList("id")).containsExactly(Api.claim(phone, "sid"), Api.claim(laptop, "sid"));
        assertThat(sessions.getList("current")).containsExactly(false, true);
        assertThat(sessions.getList("userAgent")).containsExactly("Phone browser", "Laptop browser");
        assertThat(sessions.getList("address")).containsOnly("127.0.0.1");
        assertThat(sessions.getList("createdAt")).doesNotContainNull();
        assertThat(sessions.getList("lastSeenAt")).doesNotContainNull();
    }

    @Test
    void endingASessionRefusesItsTokenAndEndsItsOpenStreamAtOnce() {
        String username = Api.uniqueUsername();
        Api.register(username, Api.PASSWORD);
        String laptop = Api.login(username, Api.PASSWORD);
        String lost = Api.login(username, Api.PASSWORD);
        try (SseClient stream = SseClient.open(lost, null)) {
            assertThat(stream.status).isEqualTo(200);
            await().until(() -> hub.openStreams(), count -> count >= 1);

            Api.as(laptop).delete("/api/me/sessions/" + Api.claim(lost, "sid")).then().statusCode(204);

            assertThat(endedBySessionEnd(stream)).isTrue();
        }
        Api.as(lost).get("/api/me").then().statusCode(401);
        Api.as(laptop).get("/api/me").then().statusCode(200);
        assertThat(Api.as(laptop).get("/api/me/sessions").jsonPath().getList("id"))
                .containsExactly(Api.claim(laptop, "sid"));
    }

    @Test
    void anotherUsersSessionIsNotFoundAndGoesOn() {
        String alice = Api.newUser();
        String bob = Api.newUser();

        Api.as(alice).delete("/api/me/sessions/" + Api.claim(bob, "sid"))
                .then().statusCode(404)
                .body("type", equalTo("/problems/session-not-found"));

        Api.as(bob).get("/api/me").then().statusCode(200);
        Api.as(alice).delete("/api/me/sessions/no-such-session").then().statusCode(404);
    }

    @Test
    void loggingOutEverywhereElseEndsEveryOtherSessionAndItsStreams() {
        String username = Api.uniqueUsername();
        Api.register(username, Api.PASSWORD);
        String here = Api.login(username, Api.PASSWORD);
        List<String> elsewhere = List.of(Api.login(username, Api.PASSWORD), Api.login(username, Api.PASSWORD));
        String bystander = Api.newUser();
        try (SseClient stream = SseClient.open(elsewhere.get(0), null)) {
            await().until(() -> hub.openStreams(), count -> count >= 1);

            Api.as(here).post("/api/me/sessions/revoke-others").then().statusCode(200).body("revoked", equalTo(2));

            assertThat(endedBySessionEnd(stream)).isTrue();
        }
        elsewhere.forEach(token -> Api.as(token).get("/api/me").then().statusCode(401));
        Api.as(here).get("/api/me").then().statusCode(200);
        Api.as(bystander).get("/api/me").then().statusCode(200);
    }
}
