package app.ledger.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
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
 * Served over HTTPS behind a reverse proxy: the session cookie is {@code __Host-} prefixed and Secure, and
 * still authenticates; the service's own origin is the one the proxy forwards; an allow-listed origin may
 * make changes with the cookie, others may not.
 */
@QuarkusTest
@TestProfile(BehindHttpsProxyTest.Profile.class)
class BehindHttpsProxyTest {

    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "ledger.auth.cookie-secure", "true",
                    "ledger.http.allowed-origins", "https://app.example.com,https://Other.Example.com:8443",
                    "quarkus.http.proxy.proxy-address-forwarding", "true",
                    "quarkus.http.proxy.enable-forwarded-host", "true");
        }
    }

    private static final String COOKIE = "__Host-ledger_token";

    private static String login(String username) {
        Api.register(username, Api.PASSWORD);
        Response login = given().contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", Api.PASSWORD)).post("/api/auth/login");
        login.then().statusCode(200);
        String token = login.path("token");
        assertThat(login.header("Set-Cookie"))
                .startsWith(COOKIE + "=" + token + "; Path=/;")
                .contains("; Secure").contains("; HttpOnly").contains("; SameSite=Strict")
                .doesNotContainIgnoringCase("Domain=");
        return token;
    }

    @Test
    void theSecureCookieIsHostPrefixedAndAuthenticates() {
        String username = Api.uniqueUsername();
        String token = login(username);
        given().cookie(COOKIE, token).get("/api/me").then().statusCode(200).body("username", equalTo(username));
        given().cookie("ledger_token", token).get("/api/me").then().statusCode(401);

        String cleared = given().cookie(COOKIE, token).post("/api/auth/logout").then().statusCode(204)
                .extract().header("Set-Cookie");
        assertThat(cleared).startsWith(COOKIE + "=;").contains("Max-Age=0").contains("; Secure");
        given().cookie(COOKIE, token).get("/api/me").then().statusCode(401);
    }

    @Test
    void theOwnOriginIsTheForwardedOneAndAllowListedOriginsMayMakeChanges() {
        String token = login(Api.uniqueUsername());
        Map<String, String> body = Map.of("name", "Savings", "currency", "EUR");
        given().cookie(COOKIE, token).contentType(ContentType.JSON).body(body)
                .header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "ledger.example.com")
                .header("Origin", "https://ledger.example.com")
                .post("/api/accounts").then().statusCode(201);
        given().cookie(COOKIE, token).contentType(ContentType.JSON).body(Map.of("name", "Other", "currency", "EUR"))
                .header("Origin", "https://other.example.com:8443")
                .post("/api/accounts").then().statusCode(201);

        for (String refused : new String[] {"http://ledger.example.com", "https://evil.example.com",
                "https://app.example.com.evil.test"}) {
            given().cookie(COOKIE, token).contentType(ContentType.JSON).body(Map.of("name", "X", "currency", "EUR"))
                    .header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "ledger.example.com")
                    .header("Origin", refused)
                    .post("/api/accounts").then().statusCode(403)
                    .body("type", equalTo("/problems/cross-origin-request"));
        }
        given().cookie(COOKIE, token).get("/api/accounts").then().body("size()", equalTo(3));
    }
}
