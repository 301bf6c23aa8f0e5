package app.ledger.support;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Ledger calls over HTTP for tests. */
public final class Ledger {

    private Ledger() {
    }

    public static long mainAccount(String token) {
        return ((Number) Api.as(token).get("/api/accounts").path("[0].id")).longValue();
    }

    public static long openAccount(String token, String name, String currency) {
        return ((Number) Api.jsonAs(token).body(Map.of("name", name, "currency", currency))
                .post("/api/accounts").then().statusCode(201).extract().path("id")).longValue();
    }

    public static Response deposit(String token, long account, String amount) {
        return post(token, account, "deposits", Map.of("amount", amount), null);
    }

    public static Response withdraw(String token, long account, String amount) {
        return post(token, account, "withdrawals", Map.of("amount", amount), null);
    }

    public static Response post(String token, long account, String kind, Object body, String idempotencyKey) {
        var request = Api.jsonAs(token).body(body);
        if (idempotencyKey != null) {
            request = request.header("Idempotency-Key", idempotencyKey);
        }
        return request.post("/api/accounts/" + account + "/" + kind);
    }

    public static Response transfer(String token, long from, long to, String amount) {
        Map<String, Object> body = new HashMap<>();
        body.put("fromAccountId", from);
        body.put("toAccountId", to);
        body.put("amount", amount);
        return Api.jsonAs(token).body(body).post("/api/transfers");
    }

    public static String balance(String token, long account) {
        return Api.as(token).get("/api/accounts/" + account).then().statusCode(200).extract().path("balance");
    }

    public static Response verify(String token, long account) {
        return Api.as(token).get("/api/accounts/" + account + "/verify");
    }

    /** Every entry of the account as its history shows it, page after page (newest day first). */
    public static List<Map<String, Object>> history(String token, long account) {
        List<Map<String, Object>> all = new ArrayList<>();
        String cursor = null;
        do {
            var request = Api.as(token).queryParam("limit", 200);
            if (cursor != null) {
                request = request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get("/api/accounts/" + account + "/transactions").then().statusCode(200)
                    .extract().jsonPath();
            all.addAll(page.getList("items"));
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        return all;
    }
}
