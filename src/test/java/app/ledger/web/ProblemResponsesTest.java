package app.ledger.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import app.ledger.persistence.StorageHealth;
import app.ledger.problem.Problem;
import app.ledger.support.Api;
import app.ledger.support.Ledger;
import app.ledger.support.RawHttp;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.ws.rs.core.Response.Status;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every class of error, including those Quarkus raises itself, is problem+json without internals. */
@QuarkusTest
class ProblemResponsesTest {

    private static void isProblem(Response response, int status, String type) {
        response.then().statusCode(status)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/" + type))
                .body("title", notNullValue())
                .body("status", equalTo(status))
                .body("detail", notNullValue());
        assertThat(response.asString()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("java.");
    }

    @Test
    void malformedJsonIs400() {
        isProblem(given().contentType(ContentType.JSON).body("{\"username\": ").post("/api/auth/register"),
                400, "malformed-json");
        isProblem(given().contentType(ContentType.JSON).body("[1,2]").post("/api/auth/register"),
                400, "malformed-json");
    }

    @Test
    void aWronglyTypedFieldIs400NamingTheField() {
        Response response = Api.jsonAs(Api.newUser()).body(Map.of("name", Map.of("a", 1), "currency", "USD"))
                .post("/api/accounts");
        isProblem(response, 400, "invalid-input");
        response.then().body("errors[0].field", equalTo("name"));
    }

    @Test
    void anUnknownApiRouteIs404() {
        isProblem(given().get("/api/no-such-thing"), 404, "not-found");
        isProblem(given().get("/api/accounts/not-a-number/whatever"), 404, "not-found");
    }

    @Test
    void aWrongMethodIs405() {
        isProblem(given().delete("/api/auth/login"), 405, "method-not-allowed");
    }

    @Test
    void aWrongMediaTypeIs415() {
        isProblem(given().contentType(ContentType.TEXT).body("username=x").post("/api/auth/login"),
                415, "unsupported-media-type");
    }

    @Test
    void anUnacceptableResponseTypeIs406() {
        isProblem(Api.as(Api.newUser()).accept("application/xml").get("/api/accounts"), 406, "not-acceptable");
    }

    @Test
    void missingCredentialsAre401() {
        isProblem(given().get("/api/accounts"), 401, "unauthorized");
    }

    @Test
    void unexpectedFailuresRevealNothingButAnIncidentId() {
        jakarta.ws.rs.core.Response response = new ProblemMapper(new StorageHealth())
                .unexpected(new IllegalStateException("secret detail from deep inside"));
        assertThat(response.getStatus()).isEqualTo(Status.INTERNAL_SERVER_ERROR.getStatusCode());
        assertThat(response.getMediaType().toString()).isEqualTo(Problem.MEDIA_TYPE);
        Problem problem = (Problem) response.getEntity();
        assertThat(problem.type()).isEqualTo("/problems/internal-error");
        assertThat(problem.detail()).doesNotContain("secret").contains("Incident");
    }

    private static void isRawProblem(RawHttp.Answer answer, int status, String type) {
        assertThat(answer.status()).isEqualTo(status);
        assertThat(answer.headers()).containsEntry("content-type", Problem.MEDIA_TYPE);
        assertThat(answer.body()).contains("\"type\":\"/problems/" + type + "\"").contains("\"status\":" + status)
                .contains("\"detail\":");
    }

    private static String depositOf(int descriptionLength) {
        return "{\"amount\":\"1.00\",\"description\":\"" + "a".repeat(descriptionLength) + "\"}";
    }

    @Test
    void aBodyOverTheLimitIs413AndWritesNothing() throws Exception {
        String token = Api.newUser();
        long account = Ledger.mainAccount(token);
        String tooLarge = depositOf(70 * 1024);
        isProblem(Api.jsonAs(token).body(tooLarge).post("/api/accounts/" + account + "/deposits"),
                413, "body-too-large");

        // the same in chunks, without a Content-Length announcing it
        HttpResponse<String> chunked = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + RestAssured.port + "/api/accounts/" + account + "/deposits"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(
                        tooLarge.getBytes(StandardCharsets.UTF_8))))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(chunked.statusCode()).isEqualTo(413);
        assertThat(chunked.headers().firstValue("Content-Type")).hasValue(Problem.MEDIA_TYPE);
        assertThat(chunked.body()).contains("\"type\":\"/problems/body-too-large\"");

        assertThat(Ledger.balance(token, account)).isEqualTo("0.00");
        Ledger.post(token, account, "deposits", depositOf(400), null).then().statusCode(201);
    }

    @Test
    void headersOverTheLimitAre431() {
        try (RawHttp connection = RawHttp.connect()) {
            connection.send("GET /api/me HTTP/1.1\r\nHost: localhost\r\nX-Padding: " + "a".repeat(30_000)
                    + "\r\n\r\n");
            isRawProblem(connection.answerWhenClosed(Duration.ofSeconds(10)), 431, "headers-too-large");
        }
    }

    @Test
    void aFirstLineOverTheLimitIs414() {
        try (RawHttp connection = RawHttp.connect()) {
            connection.send("GET /api/" + "a".repeat(5000) + " HTTP/1.1\r\nHost: localhost\r\n\r\n");
            isRawProblem(connection.answerWhenClosed(Duration.ofSeconds(10)), 414, "address-too-long");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET /api/limits HTTP/1.1\r\nHost: localhost\r\nBad Name: x\r\n\r\n",
            "GET /api/limits HTTP/1.1\r\nHost: localhost\r\nX-Bad: a\u0000b\r\n\r\n",
            "NOT HTTP AT ALL\r\n\r\n"})
    void aRequestThatIsNotValidHttpIs400(String request) {
        try (RawHttp connection = RawHttp.connect()) {
            connection.send(request);
            isRawProblem(connection.answerWhenClosed(Duration.ofSeconds(10)), 400, "malformed-request");
        }
    }
}
