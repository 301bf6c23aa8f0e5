package app.ledger.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import app.ledger.live.LiveHub;
import app.ledger.support.Api;
import app.ledger.support.SseClient;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** POST /api/me/password. */
@QuarkusTest
class PasswordChangeTest {

    private static final String NEW_PASSWORD = "another long password";

    @Inject
    LiveHub hub;

    private static io.restassured.response.Response change(String token, String current, String next) {
        return Api.jsonAs(token).body(Map.of("currentPassword", current, "newPassword", next))
                .post("/api/me/password");
    }

    private static int loginStatus(String username, String password) {
        return io.restassured.RestAssured.given().contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", password))
                .post("/api/auth/login").statusCode();
    }

    @Test
    void changingThePasswordEndsEveryOtherSessionAndItsOpenStream() {
        String username = Api.uniqueUsername();
        Api.register(username, Api.PASSWORD);
        String here = Api.login(username, Api.PASSWORD);
        String elsewhere = Api.login(username, Api.PASSWORD);
        try (SseClient stream = SseClient.open(elsewhere, null)) {
            await().until(() -> hub.openStreams(), count -> count >= 1);

            change(here, Api.PASSWORD, NEW_PASSWORD).then().statusCode(204);

            SseClient.Event last = null;
            for (SseClient.Event event; (event = stream.next(Duration.ofSeconds(5))) != null; ) {
                last = event;
            }
            assertThat(last).isNotNull();
            assertThat(last.name()).isEqualTo("session-ended");
        }
        Api.as(elsewhere).get("/api/me").then().statusCode(401);
        Api.as(here).get("/api/me").then().statusCode(200);
        assertThat(loginStatus(username, Api.PASSWORD)).isEqualTo(401);
        assertThat(loginStatus(username, NEW_PASSWORD)).isEqualTo(200);
    }

    @Test
    void aWrongCurrentPasswordChangesNothing() {
        String username = Api.uniqueUsername();
        Api.register(username, Api.PASSWORD);
        String here = Api.login(username, Api.PASSWORD);
        String elsewhere = Api.login(username, Api.PASSWORD);

        change(here, "not the password at all", NEW_PASSWORD).then().statusCode(403)
                .body("type", equalTo("/problems/wrong-password"));

        Api.as(elsewhere).get("/api/me").then().statusCode(200);
        assertThat(loginStatus(username, Api.PASSWORD)).isEqualTo(200);
    }

    @Test
    void theNewPasswordFollowsTheRegistrationRules() {
        String username = Api.uniqueUsername();
        Api.register(username, Api.PASSWORD);
        String token = Api.login(username, Api.PASSWORD);

        change(token, Api.PASSWORD, "short").then().statusCode(400)
                .body("type", equalTo("/problems/invalid-input"))
                .body("errors[0].field", equalTo("newPassword"));
        change(token, Api.PASSWORD, username.toUpperCase()).then().statusCode(400)
                .body("errors[0].field", equalTo("newPassword"));
        Api.jsonAs(token).body(Map.of("newPassword", NEW_PASSWORD)).post("/api/me/password")
                .then().statusCode(400).body("errors[0].field", equalTo("currentPassword"));

        assertThat(loginStatus(username, Api.PASSWORD)).isEqualTo(200);
    }

    @Test
    void guessingTheCurrentPasswordIsThrottledLikeALogin() {
        String username = Api.uniqueUsername();
        Api.register(username, Api.PASSWORD);
        String token = Api.login(username, Api.PASSWORD);
        for (int i = 0; i < 5; i++) {
            change(token, "wrong guess number " + i, NEW_PASSWORD).then().statusCode(403);
        }

        change(token, Api.PASSWORD, NEW_PASSWORD).then().statusCode(429)
                .body("type", equalTo("/problems/too-many-attempts"));
    }
}
