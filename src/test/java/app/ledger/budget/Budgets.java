package app.ledger.budget;

import static io.restassured.RestAssured.given;

import app.ledger.support.Api;
import app.ledger.support.Ledger;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/** Budget, category and entry calls over HTTP for tests. */
final class Budgets {

    private Budgets() {
    }

    static long category(String token, String name, String kind, Long parentId) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("kind", kind);
        body.put("parentId", parentId);
        return ((Number) Api.jsonAs(token).body(body).post("/api/categories").then().statusCode(201).extract()
                .path("id")).longValue();
    }

    static long expense(String token, String name) {
        return category(token, name, "expense", null);
    }

    static Response create(String token, Long categoryId, String amount, String currency) {
        Map<String, Object> body = new HashMap<>();
        body.put("categoryId", categoryId);
        body.put("amount", amount);
        body.put("currency", currency);
        body.put("period", "month");
        return Api.jsonAs(token).body(body).post("/api/budgets");
    }

    static long created(String token, long categoryId, String amount, String currency) {
        return ((Number) create(token, categoryId, amount, currency).then().statusCode(201).extract().path("id"))
                .longValue();
    }

    static Response patch(String token, long id, Object body) {
        return Api.jsonAs(token).body(body).patch("/api/budgets/" + id);
    }

    /** Posts a deposit or withdrawal on the day, in the category (or none); answers the entry's id. */
    static long post(String token, long account, String kind, String amount, LocalDate day, Long categoryId) {
        Map<String, Object> body = new HashMap<>();
        body.put("amount", amount);
        body.put("occurredOn", day.toString());
        body.put("categoryId", categoryId);
        return ((Number) Ledger.post(token, account, kind, body, null).then().statusCode(201).extract()
                .path("entry.id")).longValue();
    }

    static long reverse(String token, long entryId, LocalDate day) {
        return ((Number) Api.jsonAs(token).body(Map.of("occurredOn", day.toString()))
                .post("/api/entries/" + entryId + "/reversal").then().statusCode(201).extract().path("entry.id"))
                .longValue();
    }

    /** A new user in the time zone, logged in. */
    static String userIn(String timeZone) {
        String username = Api.uniqueUsername();
        given().contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", Api.PASSWORD, "timeZone", timeZone))
                .post("/api/auth/register").then().statusCode(201);
        return Api.login(username, Api.PASSWORD);
    }
}
