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

/** Proxy forwarding switched on but no trusted proxy named: a client cannot pick its address by header. */
@QuarkusTest
@TestProfile(ForwardedForWithoutTrustedProxiesTest.Forwarding.class)
class ForwardedForWithoutTrustedProxiesTest {

    public static class Forwarding implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.proxy.proxy-address-forwarding", "true",
                    "ledger.auth.throttle.free-attempts-per-address", "20");
        }
    }

    private static Response login(String forwardedFor) {
        return given().contentType(ContentType.JSON).header("X-Forwarded-For", forwardedFor)
                .body(Map.of("username", Api.uniqueUsername(), "password", "some guessed password"))
                .post("/api/auth/login");
    }

    @Test
    void spoofedForwardedForDoesNotChangeTheAddressThatIsThrottled() {
        for (int i = 1; i <= 20; i++) {
            login("198.18.0." + i).then().statusCode(401);
        }
        login("198.18.0.21, 203.0.113.7").then().statusCode(429)
                .body("type", equalTo("/problems/too-many-attempts"));
    }
}
