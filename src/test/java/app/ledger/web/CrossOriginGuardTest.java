package app.ledger.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import app.ledger.support.Api;
import app.ledger.support.Ledger;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Replays the cross-site request forgery found by the attack run: a page on another port of the same
 * host (same site, so the SameSite=Strict cookie goes along) withdrew money and logged the user out.
 */
@QuarkusTest
class CrossOriginGuardTest {

    private static final String OTHER_ORIGIN = "http://localhost:1";

    private String token;
    private long account;

    @BeforeEach
    void userWithMoney() {
        token = Api.newUser();
        account = Ledger.mainAccount(token);
        Ledger.deposit(token, account, "10.00").then().statusCode(201);
    }

    private String ownOrigin() {
        return "http://localhost:" + RestAssured.port;
    }

    /** As a browser sends it: the session cookie, JSON, and whatever the page's origin makes it add. */
    private RequestSpecification withCookie() {
        return given().cookie("ledger_token", token).contentType(ContentType.JSON);
    }

    private Response withdrawOne(RequestSpecification request) {
        return request.body(Map.of("amount", "1.00")).post("/api/accounts/" + account + "/withdrawals");
    }

    private static void isCrossOriginProblem(Response response) {
        response.then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/cross-origin-request"));
    }

    @Test
    void aWithdrawalWithTheCookieFromAnotherOriginIs403AndWritesNothing() {
        isCrossOriginProblem(withdrawOne(withCookie().header("Origin", OTHER_ORIGIN)));
        isCrossOriginProblem(withdrawOne(withCookie().header("Origin", "null")));
        isCrossOriginProblem(withdrawOne(withCookie().header("Origin", "http://localhost." + RestAssured.port)));
        isCrossOriginProblem(withdrawOne(withCookie().header("Origin", "https://localhost:" + RestAssured.port)));
        assertThat(Ledger.balance(token, account)).isEqualTo("10.00");
        Api.as(token).get("/api/accounts/" + account + "/transactions").then().body("items.size()", equalTo(1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"same-site", "cross-site"})
    void withoutOriginABrowserThatSaysAnotherSiteOrPortSentItIsRefused(String secFetchSite) {
        isCrossOriginProblem(withdrawOne(withCookie().header("Sec-Fetch-Site", secFetchSite)));
        assertThat(Ledger.balance(token, account)).isEqualTo("10.00");
    }

    @Test
    void aLogoutFormOfAnotherOriginIs403AndTheSessionStillWorks() {
        isCrossOriginProblem(given().cookie("ledger_token", token).header("Origin", OTHER_ORIGIN)
                .header("Sec-Fetch-Site", "same-site")
                .contentType(ContentType.URLENC).formParam("x", "y").post("/api/auth/logout"));
        given().cookie("ledger_token", token).get("/api/me").then().statusCode(200);
    }

    @Test
    void theAppsOwnPagesKeepWorking() {
        withdrawOne(withCookie().header("Origin", ownOrigin()).header("Sec-Fetch-Site", "same-origin"))
                .then().statusCode(201);
        withdrawOne(withCookie().header("Origin", ownOrigin().toUpperCase().replace("HTTP://", "http://")))
                .then().statusCode(201);
        withdrawOne(withCookie().header("Sec-Fetch-Site", "same-origin")).then().statusCode(201);
        assertThat(Ledger.balance(token, account)).isEqualTo("7.00");
        given().cookie("ledger_token", token).header("Origin", ownOrigin()).post("/api/auth/logout")
                .then().statusCode(204);
    }

    @Test
    void scriptsWithABearerTokenOrWithoutBrowserHeadersKeepWorking() {
        withdrawOne(Api.jsonAs(token)).then().statusCode(201);
        withdrawOne(Api.jsonAs(token).header("Origin", OTHER_ORIGIN)).then().statusCode(201);
        withdrawOne(withCookie()).then().statusCode(201);
        assertThat(Ledger.balance(token, account)).isEqualTo("7.00");
    }

    @Test
    void readsAreNotAffected() {
        given().cookie("ledger_token", token).header("Origin", OTHER_ORIGIN).header("Sec-Fetch-Site", "same-site")
                .get("/api/accounts").then().statusCode(200);
    }

    /** What a no-cors fetch with a Blob body sends: a JSON text without a Content-Type. */
    @Test
    void aBodyWithoutContentTypeIs415AndWritesNothing() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(ownOrigin() + "/api/accounts/" + account + "/withdrawals"))
                .header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString("{\"amount\":\"1.00\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("\"type\":\"/problems/unsupported-media-type\"");
        assertThat(Ledger.balance(token, account)).isEqualTo("10.00");
    }
}
