package app.ledger.recurring;

import app.ledger.support.Api;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;

/** Recurring-entry calls over HTTP for tests. */
final class Recurring {

    private Recurring() {
    }

    static Map<String, Object> body(long accountId, String type, String amount, Map<String, Object> schedule,
            String startOn) {
        Map<String, Object> body = new HashMap<>();
        body.put("accountId", accountId);
        body.put("type", type);
        body.put("amount", amount);
        body.put("description", "Rent");
        body.put("payee", "Landlord");
        body.put("tags", List.of("home"));
        body.put("schedule", schedule);
        body.put("startOn", startOn);
        return body;
    }

    static Map<String, Object> every(String every, int interval) {
        Map<String, Object> schedule = new HashMap<>();
        schedule.put("every", every);
        schedule.put("interval", interval);
        return schedule;
    }

    static Response create(String token, Map<String, Object> body) {
        return Api.jsonAs(token).body(body).post("/api/recurring");
    }

    static long created(String token, Map<String, Object> body) {
        return ((Number) create(token, body).then().statusCode(201).extract().path("id")).longValue();
    }

    static Response patch(String token, long id, Object body) {
        return Api.jsonAs(token).body(body).patch("/api/recurring/" + id);
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
