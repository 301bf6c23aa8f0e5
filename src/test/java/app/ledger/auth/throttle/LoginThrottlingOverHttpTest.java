package app.ledger.auth.throttle;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import app.ledger.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LoginThrottlingOverHttpTest {

    @Inject
    LoginThrottle throttle;

    private static Response login(String username, String password) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", password))
                .post("/api/auth/login");
    }

    @Test
    void fiveFailuresAreAnsweredAndTheSixthAttemptGets429WithRetryAfter() {
        String username = Api.uniqueUsername();
        Api.register(username, Api.PASSWORD);
        for (int i = 1; i <= 5; i++) {
            login(username, "wrong password " + i).then().statusCode(401);
        }

        Response held = login(username, Api.PASSWORD);
        held.then().statusCode(429)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/too-many-attempts"));
        assertThat(Long.parseLong(held.header("Retry-After"))).isBetween(1L, 2L);
        assertThat(held.path("detail").toString())
                .isIn("Too many attempts. Try again in 1 second.", "Too many attempts. Try again in 2 seconds.");
    }

    @Test
    void theCorrectPasswordWorksAgainOnceTheDelayHasPassed() throws InterruptedException {
        String username = Api.uniqueUsername();
        Api.register(username, Api.PASSWORD);
        for (int i = 0; i < 5; i++) {
            login(username, "wrong password " + i).then().statusCode(401);
        }
        Response held = login(username, Api.PASSWORD);
        held.then().statusCode(429);
        Thread.sleep(Long.parseLong(held.header("Retry-After")) * 1000 + 100);
        login(username, Api.PASSWORD).then().statusCode(200);
    }

    @Test
    void unknownUsernamesAreThrottledToo() {
        String username = Api.uniqueUsername();
        for (int i = 0; i < 5; i++) {
            login(username, "whatever password").then().statusCode(401);
        }
        login(username, "whatever password").then().statusCode(429);
    }

    @Test
    void overLongFieldsAreRefusedBeforeAnythingIsRemembered() {
        String megabyte = "a".repeat(1 << 20);
        String tenThousand = "a".repeat(10_000);
        int before = throttle.trackedEntries();

        login(megabyte, "whatever password").then().statusCode(413)
                .contentType("application/problem+json");
        login(tenThousand, "whatever password").then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/invalid-input"))
                .body("errors[0].field", equalTo("username"));
        login(Api.uniqueUsername(), tenThousand).then().statusCode(400)
                .body("errors[0].field", equalTo("password"));
        login("a".repeat(33), "whatever password").then().statusCode(400);
        login(Api.uniqueUsername(), "p".repeat(129)).then().statusCode(400);

        assertThat(throttle.trackedEntries()).isEqualTo(before);
    }
}
