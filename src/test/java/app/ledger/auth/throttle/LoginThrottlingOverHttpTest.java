package app.ledger.auth.throttle;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import app.ledger.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LoginThrottlingOverHttpTest {

    private static Response login(String username, String password) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", password))
                .post("/api/auth/login");
    }

    @Test
    void repeatedFailuresAreAnsweredWith429AndAGrowingRetryAfter() {
        String username = Api.uniqueUsername();
        Api.register(username, Api.PASSWORD);
        for (int i = 0; i < 5; i++) {
            login(username, "wrong password " + i).then().statusCode(401);
        }
        login(username, "wrong password 5").then().statusCode(401);

        Response held = login(username, Api.PASSWORD);
        held.then().statusCode(429)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/too-many-attempts"));
        long first = Long.parseLong(held.header("Retry-After"));
        assertThat(first).isBetween(1L, 2L);
    }

    @Test
    void theCorrectPasswordWorksAgainOnceTheDelayHasPassed() throws InterruptedException {
        String username = Api.uniqueUsername();
        Api.register(username, Api.PASSWORD);
        for (int i = 0; i < 6; i++) {
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
        for (int i = 0; i < 6; i++) {
            login(username, "whatever password").then().statusCode(401);
        }
        login(username, "whatever password").then().statusCode(429);
    }
}
