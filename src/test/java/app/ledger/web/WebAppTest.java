package app.ledger.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import app.ledger.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The single-page app is served at its own addresses, with a strict policy, and never shadows the API. */
@QuarkusTest
class WebAppTest {

    @ParameterizedTest
    @ValueSource(strings = {"/", "/login", "/register", "/u/alice", "/u/alice/accounts/12", "/u/john.doe",
            "/u/john.doe/", "/u/john.doe/accounts/12", "/u/a.b-c_d.e", "/somewhere-else"})
    void appAddressesServeTheAppWithAStrictPolicy(String path) {
        given().get(path).then().statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("<div id=\"app\"></div>"))
                .body(not(containsString("<script>")))
                .header("Content-Security-Policy", startsWith("default-src 'self'; script-src 'self'; style-src 'self'"))
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Frame-Options", "DENY")
                .header("Referrer-Policy", "no-referrer");
    }

    @Test
    void realFilesAreServedAndMissingFilesAreNotReplacedByTheApp() {
        String index = given().get("/").then().statusCode(200).extract().asString();
        Matcher script = Pattern.compile("src=\"(/assets/[^\"]+\\.js)\"").matcher(index);
        assertThat(script.find()).as("index.html loads a script from /assets").isTrue();
        given().get(script.group(1)).then().statusCode(200).contentType(containsString("javascript"));
        given().get("/favicon.ico").then().statusCode(404);
        given().get("/robots.txt").then().statusCode(404);
    }

    /** Browsers read a manifest served as anything else only with a warning, and some not at all. */
    @Test
    void theManifestIsServedAsAManifest() {
        given().get("/manifest.webmanifest").then().statusCode(200)
                .header("Content-Type", "application/manifest+json")
                .body("start_url", notNullValue());
    }

    @Test
    void unknownApiAndQuarkusAddressesAreNotSwallowed() {
        given().get("/api/u/alice").then().statusCode(404).contentType("application/problem+json");
        given().get("/q/health/live").then().statusCode(200).contentType(containsString("json"));
        given().get("/q/openapi").then().statusCode(200).body(containsString("/api/accounts/{accountId}/deposits"));
        given().get("/assets/missing.js").then().statusCode(404);
    }

    @Test
    void swaggerUiIsNotBrokenByThePolicy() {
        given().get("/q/swagger-ui/").then().statusCode(200).header("Content-Security-Policy", nullValue());
    }

    @Test
    void apiAnswersCarryTheSecurityHeadersToo() {
        given().get("/api/me").then().statusCode(401).header("X-Content-Type-Options", equalTo("nosniff"));
    }

    @Test
    void apiAnswersAreNeverStoredAndPagesAreRevalidated() {
        String token = Api.newUser();
        Api.as(token).get("/api/accounts").then().statusCode(200)
                .header("Cache-Control", "no-store");
        Api.as(token).get("/api/me").then().statusCode(200).header("Cache-Control", "no-store");
        given().get("/api/me").then().statusCode(401).header("Cache-Control", "no-store");
        given().get("/api/limits").then().statusCode(200).header("Cache-Control", "no-store");
        given().get("/u/alice").then().statusCode(200).header("Cache-Control", "no-cache");
    }
}
