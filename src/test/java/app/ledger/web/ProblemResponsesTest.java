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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
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

    /**
     * The detail and every field message of a refusal is read by people and shown by the app as it is: whole
     * sentences, no fragments ("is required"), no jargon, no "(s)".
     */
    @Test
    void everyRefusalIsSaidInWholeSentences() {
        String token = Api.newUser();
        long main = Ledger.mainAccount(token);
        long euros = Ledger.openAccount(token, "Euros", "EUR");
        String history = "/api/accounts/" + main + "/transactions";
        String series = "/api/accounts/" + main + "/balance-series";
        List<Response> refusals = new ArrayList<>();
        for (Object[] credentials : new Object[][] {{null, null}, {"ab", "short"}, {"has space", "0123456789"},
                {"samename", "SameName"}, {"x".repeat(33), "y".repeat(129)}}) {
            Map<String, Object> body = new HashMap<>();
            body.put("username", credentials[0]);
            body.put("password", credentials[1]);
            refusals.add(given().contentType(ContentType.JSON).body(body).post("/api/auth/register"));
            refusals.add(given().contentType(ContentType.JSON).body(body).post("/api/auth/login"));
        }
        for (String amount : List.of("", "abc", "0", "1.001", "1000000000.01", "99999999999999999999")) {
            refusals.add(Ledger.deposit(token, main, amount));
        }
        refusals.add(Ledger.withdraw(token, main, "5.00"));
        refusals.add(Ledger.post(token, main, "deposits", Map.of("amount", "1.00", "description", "d".repeat(501),
                "category", " "), null));
        refusals.add(Ledger.post(token, main, "deposits", Map.of("amount", "1.00", "category", "c".repeat(65)), null));
        refusals.add(Ledger.post(token, main, "deposits", Map.of("amount", "1.00", "category", "a\tb"), null));
        refusals.add(Ledger.post(token, main, "deposits", Map.of("amount", "1.00"), "key with spaces"));
        refusals.add(Api.jsonAs(token).body("{\"amount\": 12.34}").post("/api/accounts/" + main + "/deposits"));
        refusals.add(Api.jsonAs(token).body(Map.of("amount", "1.00")).post("/api/transfers"));
        refusals.add(Ledger.transfer(token, main, main, "1.00"));
        refusals.add(Ledger.transfer(token, main, euros, "1.00"));
        refusals.add(Ledger.transfer(token, main, 999_999_999L, "1.00"));
        refusals.add(Api.jsonAs(token).body("{}").post("/api/accounts"));
        refusals.add(Api.jsonAs(token).body(Map.of("name", "Main", "currency", "USD")).post("/api/accounts"));
        refusals.add(Api.jsonAs(token).body(Map.of("name", "n".repeat(65), "currency", "XYZ")).post("/api/accounts"));
        refusals.add(Api.jsonAs(token).body(Map.of("name", "a\nb", "currency", "")).post("/api/accounts"));
        refusals.add(Api.jsonAs(token).body(Map.of("name", Map.of("a", 1), "currency", "USD")).post("/api/accounts"));
        for (String query : List.of("?limit=0", "?cursor=x", "?type=refund", "?from=abc", "?to=+10000-01-01T00:00:00Z",
                "?q=" + "q".repeat(201), "?minAmount=abc", "?maxAmount=1.001",
                "?from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z")) {
            refusals.add(Api.as(token).get(history + query));
            if (!query.startsWith("?limit") && !query.startsWith("?cursor")) { // the export has no pages
                refusals.add(Api.as(token).get(history.replace("transactions", "transactions.csv") + query));
            }
        }
        for (String query : List.of("?points=1", "?from=abc", "?from=1800-01-01T00:00:00Z",
                "?from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z", "?from=2199-01-01T00:00:00Z")) {
            refusals.add(Api.as(token).get(series + query));
        }
        refusals.addAll(refusalsOfDatesCategoriesAndCorrections(token, main, euros));
        refusals.add(Api.as(token).header("Last-Event-ID", "abc").get("/api/events"));
        refusals.add(Api.as(token).get("/api/accounts/999999999"));
        refusals.add(given().get("/api/me"));
        refusals.add(given().contentType(ContentType.JSON).body(Map.of("username", "nobody-here", "password",
                "not the password")).post("/api/auth/login"));

        for (Response refusal : refusals) {
            assertThat(refusal.statusCode()).as(refusal.asString()).isBetween(400, 499);
            List<String> sentences = new ArrayList<>();
            sentences.add(refusal.path("detail"));
            sentences.addAll(refusal.jsonPath().getList("errors.message", String.class));
            for (String sentence : sentences) {
                assertThat(sentence).as(refusal.asString())
                        .matches("[A-Z].*[.!]")
                        .doesNotContain("(s)").doesNotContain("is required").doesNotContain("must be a")
                        .doesNotContain("ISO 4217").doesNotContain("IANA").doesNotContain("UTF-16").doesNotContainPattern("^[a-zA-Z]+: ");
            }
        }
    }

    /** Bad requests for everything that entries with dates, categories, payees and corrections added. */
    private static List<Response> refusalsOfDatesCategoriesAndCorrections(String token, long main, long euros) {
        List<Response> refusals = new ArrayList<>();
        // categories
        for (String body : List.of("{}", "{\"name\": \"\", \"kind\": \"other\"}",
                "{\"name\": \"" + "n".repeat(65) + "\", \"kind\": \"expense\", \"color\": \"red\"}",
                "{\"name\": \"a\\tb\", \"kind\": \"income\"}",
                "{\"name\": \"Food\", \"kind\": \"expense\", \"parentId\": 999999999}",
                "{\"name\": 5, \"kind\": \"expense\"}")) {
            refusals.add(Api.jsonAs(token).body(body).post("/api/categories"));
        }
        long food = ((Number) Api.jsonAs(token).body(Map.of("name", "Food", "kind", "expense"))
                .post("/api/categories").then().statusCode(201).extract().path("id")).longValue();
        long archived = ((Number) Api.jsonAs(token).body(Map.of("name", "Old", "kind", "expense"))
                .post("/api/categories").then().statusCode(201).extract().path("id")).longValue();
        Api.jsonAs(token).body(Map.of("archived", true)).patch("/api/categories/" + archived).then().statusCode(200);
        refusals.add(Api.jsonAs(token).body(Map.of("name", "Food", "kind", "expense")).post("/api/categories"));
        for (String body : List.of("{\"id\": 5}", "{\"name\": null}", "{\"archived\": \"yes\"}",
                "{\"parentId\": " + food + "}", "{\"parentId\": \"x\"}", "{\"kind\": \"both\"}",
                "{\"color\": \"#12345\"}", "[1]")) {
            refusals.add(Api.jsonAs(token).body(body).patch("/api/categories/" + food));
        }
        refusals.add(Api.jsonAs(token).body("{\"name\": \"x\"}").patch("/api/categories/999999999"));
        refusals.add(Api.as(token).get("/api/categories/999999999"));
        // the user's time zone and locale
        for (String body : List.of("{\"timeZone\": \"Mars/Olympus\"}", "{\"locale\": \"not a tag!\"}",
                "{\"timeZone\": 5}", "{\"locale\": \"" + "x".repeat(40) + "\"}")) {
            refusals.add(Api.jsonAs(token).body(body).patch("/api/me"));
        }
        // the new fields of deposits, withdrawals and transfers
        List<Map<String, Object>> bodies = new ArrayList<>();
        for (Object[] field : new Object[][] {{"occurredOn", "2024-13-01"}, {"occurredOn", "1899-12-31"},
                {"occurredOn", "2999-01-01"}, {"occurredOn", 20240101}, {"payee", "p".repeat(201)},
                {"payee", "a\nb"}, {"tags", List.of("t".repeat(41))}, {"tags", List.of(" ")},
                {"tags", java.util.Arrays.asList("a", null)}, {"tags", "not a list"},
                {"tags", List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11")},
                {"notes", "n".repeat(2001)}, {"categoryId", 999999999}, {"categoryId", archived},
                {"categoryId", "food"}}) {
            Map<String, Object> body = new HashMap<>();
            body.put("amount", "1.00");
            body.put((String) field[0], field[1]);
            bodies.add(body);
        }
        for (Map<String, Object> body : bodies) {
            refusals.add(Ledger.post(token, main, "deposits", body, null));
            refusals.add(Ledger.post(token, main, "withdrawals", body, null));
            if (!body.containsKey("payee") && !body.containsKey("categoryId")) {
                Map<String, Object> transfer = new HashMap<>(body);
                transfer.put("fromAccountId", main);
                transfer.put("toAccountId", euros);
                transfer.put("toAmount", "1.00");
                refusals.add(Api.jsonAs(token).body(transfer).post("/api/transfers"));
            }
        }
        // toAmount
        long savings = Ledger.openAccount(token, "Savings", "USD");
        long yen = Ledger.openAccount(token, "Yen", "JPY");
        Ledger.deposit(token, main, "10.00").then().statusCode(201);
        for (Object[] transfer : new Object[][] {{euros, null}, {yen, "1.5"}, {euros, "0"}, {euros, "abc"},
                {euros, "1000000000.01"}, {savings, "2.00"}, {euros, 12}}) {
            Map<String, Object> body = new HashMap<>();
            body.put("fromAccountId", main);
            body.put("toAccountId", transfer[0]);
            body.put("amount", "1.00");
            body.put("toAmount", transfer[1]);
            refusals.add(Api.jsonAs(token).body(body).post("/api/transfers"));
        }
        // corrections: edits and reversals
        long entry = ((Number) Ledger.deposit(token, main, "1.00").then().statusCode(201).extract()
                .path("entry.id")).longValue();
        for (String body : List.of("{\"amount\": \"2.00\"}", "{\"occurredOn\": \"2024-01-01\"}",
                "{\"description\": 5}", "{\"categoryId\": 999999999}", "{\"categoryId\": " + archived + "}",
                "{\"payee\": \"a\\tb\"}", "{\"tags\": [\"" + "t".repeat(41) + "\"]}", "{\"tags\": \"x\"}",
                "{\"notes\": \"" + "n".repeat(2001) + "\"}", "[]")) {
            refusals.add(Api.jsonAs(token).body(body).patch("/api/entries/" + entry));
        }
        refusals.add(Api.jsonAs(token).body("{\"notes\": \"x\"}").patch("/api/entries/999999999"));
        refusals.add(Api.as(token).get("/api/entries/999999999"));
        for (String body : List.of("{\"occurredOn\": \"yesterday\"}", "{\"notes\": \"" + "n".repeat(2001) + "\"}",
                "{\"occurredOn\": \"2999-01-01\"}")) {
            refusals.add(Api.jsonAs(token).body(body).post("/api/entries/" + entry + "/reversal"));
        }
        refusals.add(Api.jsonAs(token).body("{}").post("/api/entries/999999999/reversal"));
        Ledger.withdraw(token, main, "10.50").then().statusCode(201);
        refusals.add(Api.jsonAs(token).body("{}").post("/api/entries/" + entry + "/reversal"));
        Ledger.deposit(token, main, "1.00").then().statusCode(201);
        Api.jsonAs(token).body("{}").post("/api/entries/" + entry + "/reversal").then().statusCode(201);
        refusals.add(Api.jsonAs(token).body("{}").post("/api/entries/" + entry + "/reversal"));
        // payee suggestions
        for (String query : List.of("?limit=0", "?limit=51", "?limit=many", "?q=" + "q".repeat(201))) {
            refusals.add(Api.as(token).get("/api/payees" + query));
        }
        return refusals;
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
