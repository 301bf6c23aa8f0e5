package app.ledger.journal.search;

import static app.ledger.support.Ledger.mainAccount;
import static app.ledger.support.Ledger.openAccount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import app.ledger.support.Api;
import app.ledger.support.Ledger;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * GET /api/entries: search across the user's accounts, by text regardless of case in every field and in
 * category names, with filters, newest day first, paged; never another user's entries.
 */
@QuarkusTest
class SearchResourceTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    private String alice;
    private long main;
    private long yen;
    private long rent;
    private String bob;
    private long bobs;

    private void post(String token, long account, String amount, LocalDate day, Map<String, Object> more) {
        Map<String, Object> body = new HashMap<>(more);
        body.put("amount", amount);
        body.put("occurredOn", day.toString());
        Ledger.post(token, account, "deposits", body, null).then().statusCode(201);
    }

    @BeforeEach
    void twoUsers() {
        alice = Api.newUser();
        main = mainAccount(alice);
        yen = openAccount(alice, "Travel", "JPY");
        rent = ((Number) Api.jsonAs(alice).body(Map.of("name", "Rent", "kind", "expense"))
                .post("/api/categories").then().statusCode(201).extract().path("id")).longValue();
        post(alice, main, "3.50", TODAY.minusDays(3), Map.of("description", "Café Crème"));
        post(alice, main, "12.50", TODAY.minusDays(1), Map.of("payee", "ÉPICERIE DU COIN", "tags", List.of("Food")));
        post(alice, yen, "13", TODAY.minusDays(2), Map.of("description", "ramen", "notes", "great cafe"));
        post(alice, main, "900.00", TODAY.minusDays(10), Map.of("categoryId", rent));
        bob = Api.newUser();
        bobs = mainAccount(bob);
        post(bob, bobs, "1.00", TODAY, Map.of("description", "CAFÉ at Bob's", "payee", "Épicerie"));
    }

    private JsonPath search(String token, Map<String, ?> params) {
        RequestSpecification request = Api.as(token);
        params.forEach(request::queryParam);
        return request.get("/api/entries").then().statusCode(200).extract().jsonPath();
    }

    private List<String> amounts(Map<String, ?> params) {
        return search(alice, params).getList("items.amount");
    }

    @Test
    void textIsFoundInEveryFieldRegardlessOfCaseButAccentsCount() {
        // É matches é and É (one character: the walk), never another user's entries
        assertThat(amounts(Map.of("q", "É"))).containsExactly("12.50", "3.50");
        assertThat(amounts(Map.of("q", "é"))).containsExactly("12.50", "3.50");
        // three characters or more: the text index
        assertThat(amounts(Map.of("q", "CAFÉ"))).containsExactly("3.50");
        assertThat(amounts(Map.of("q", "épicerie du"))).containsExactly("12.50");
        assertThat(amounts(Map.of("q", "food"))).containsExactly("12.50");
        assertThat(amounts(Map.of("q", "Great"))).containsExactly("13");
        // accents are not folded: "cafe" is not "café"
        assertThat(amounts(Map.of("q", "cafe"))).containsExactly("13");
        assertThat(search(bob, Map.of("q", "café")).getList("items.description")).containsExactly("CAFÉ at Bob's");
        assertThat(amounts(Map.of("q", "zzz-nothing"))).isEmpty();
    }

    @Test
    void eachItemNamesItsAccountAndPagesRunNewestDayFirst() {
        JsonPath all = search(alice, Map.of());
        assertThat(all.getList("items.amount")).containsExactly("12.50", "13", "3.50", "900.00");
        assertThat(all.getString("items[1].account.name")).isEqualTo("Travel");
        assertThat(all.getLong("items[1].account.id")).isEqualTo(yen);
        assertThat(all.getString("items[0].account.name")).isEqualTo("Main");
        assertThat(all.getString("nextCursor")).isNull();

        List<String> paged = new ArrayList<>();
        String cursor = null;
        do {
            Map<String, Object> params = new HashMap<>(Map.of("limit", 1));
            if (cursor != null) {
                params.put("cursor", cursor);
            }
            JsonPath page = search(alice, params);
            paged.addAll(page.getList("items.amount"));
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        assertThat(paged).containsExactly("12.50", "13", "3.50", "900.00");
    }

    @Test
    void filtersAndAmountsInEachAccountsOwnCurrency() {
        assertThat(amounts(Map.of("accountId", yen))).containsExactly("13");
        assertThat(amounts(Map.of("categoryId", rent))).containsExactly("900.00");
        assertThat(amounts(Map.of("tag", "FOOD"))).containsExactly("12.50");
        assertThat(amounts(Map.of("payee", "épicerie du coin"))).containsExactly("12.50");
        assertThat(amounts(Map.of("payee", "épicerie"))).isEmpty();
        assertThat(amounts(Map.of("from", TODAY.minusDays(3).toString(), "to", TODAY.minusDays(2).toString())))
                .containsExactly("13", "3.50");
        // 12.5 is 12.50 dollars and at least 13 yen
        assertThat(amounts(Map.of("minAmount", "12.5"))).containsExactly("12.50", "13", "900.00");
        assertThat(amounts(Map.of("minAmount", "12.5", "maxAmount", "12.5"))).containsExactly("12.50");
        assertThat(amounts(Map.of("type", "withdrawal"))).isEmpty();
    }

    @Test
    void categoryNamesAreSearchedAsTheyAreNow() {
        assertThat(amounts(Map.of("q", "rent"))).containsExactly("900.00");
        Api.jsonAs(alice).body(Map.of("name", "Housing")).patch("/api/categories/" + rent).then().statusCode(200);
        assertThat(amounts(Map.of("q", "housing"))).containsExactly("900.00");
        assertThat(amounts(Map.of("q", "rent"))).isEmpty();
    }

    @Test
    void anotherUsersAccountIsNotFoundAndBadInputIsRefused() {
        Api.as(alice).queryParam("accountId", bobs).get("/api/entries").then().statusCode(404);
        Api.as(alice).queryParam("accountId", main).queryParam("accountId", bobs).get("/api/entries").then()
                .statusCode(404);
        Api.as(alice).queryParam("accountId", "x").get("/api/entries").then().statusCode(400)
                .body("errors[0].field", equalTo("accountId"));
        String historyCursor = Api.as(alice).get("/api/accounts/" + main + "/transactions?limit=1").then()
                .extract().path("nextCursor");
        Api.as(alice).queryParam("cursor", historyCursor).get("/api/entries").then().statusCode(400)
                .body("errors[0].field", equalTo("cursor"));
        Api.as(alice).queryParam("cursor", "abc").get("/api/entries").then().statusCode(400);
        Api.as(alice).queryParam("minAmount", "1e3").get("/api/entries").then().statusCode(400)
                .body("errors[0].field", equalTo("minAmount"));
        Api.as(null).get("/api/entries").then().statusCode(401);
    }
}
