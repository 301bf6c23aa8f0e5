package app.ledger.auth.throttle;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import app.ledger.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The test client plays a trusted reverse proxy (127.0.0.1) that appends the address it saw to
 * X-Forwarded-For, so each request can come from a client address of the test's choosing.
 */
@QuarkusTest
@TestProfile(ForwardedForBehindTrustedProxyTest.BehindProxy.class)
class ForwardedForBehindTrustedProxyTest {

    public static class BehindProxy implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.proxy.proxy-address-forwarding", "true",
                    "quarkus.http.proxy.trusted-proxies", "127.0.0.1",
                    "ledger.auth.throttle.free-attempts-per-address", "20");
        }
    }

    private static Response login(String username, String password, String forwardedFor) {
        return given().contentType(ContentType.JSON).header("X-Forwarded-For", forwardedFor)
                .body(Map.of("username", username, "password", password))
                .post("/api/auth/login");
    }

    @Test
    void theAddressTheProxySawCountsNotTheOnesTheClientWrote() {
        for (int i = 1; i <= 20; i++) {
            login(Api.uniqueUsername(), "some guessed password", "198.18.0." + i + ", 203.0.113.7")
                    .then().statusCode(401);
        }
        login(Api.uniqueUsername(), "some guessed password", "198.18.1.1, 203.0.113.7").then().statusCode(429)
                .body("type", equalTo("/problems/too-many-attempts"));
        login(Api.uniqueUsername(), "some guessed password", "203.0.113.8").then().statusCode(401);
    }

    @Test
    void wrongPasswordsFromOneAddressDoNotLockTheOwnerOutFromAnother() {
        String username = Api.uniqueUsername();
        Api.register(username, Api.PASSWORD);
        for (int i = 1; i <= 5; i++) {
            login(username, "wrong password " + i, "203.0.113.20").then().statusCode(401);
        }
        login(username, Api.PASSWORD, "203.0.113.20").then().statusCode(429);

        login(username, Api.PASSWORD, "198.51.100.9").then().statusCode(200);
    }
}
