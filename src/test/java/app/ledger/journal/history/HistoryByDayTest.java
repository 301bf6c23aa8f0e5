package app.ledger.journal.history;

import static app.ledger.support.Ledger.mainAccount;
import static app.ledger.support.Ledger.openAccount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import app.ledger.support.Api;
import app.ledger.support.Ledger;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * History by the day the money moved: its order, the running balance in that order (also after a backdated
 * entry and across pages), the recorded order, date ranges, the metadata filters and the opaque cursor.
 */
@QuarkusTest
class HistoryByDayTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    private String token;
    private long account;

    @BeforeEach
    void anAccount() {
        token = Api.newUser();
        account = mainAccount(token);
    }

    private long post(String kind, String amount, LocalDate day, Map<String, Object> more) {
        Map<String, Object> body = new HashMap<>(more);
        body.put("amount", amount);
        body.put("occurredOn", day.toString());
        return ((Number) Ledger.post(token, account, kind, body, null).then().statusCode(201).extract()
                .path("entry.id")).longValue();
    }

    private long post(String kind, String amount, LocalDate day) {
        return post(kind, amount, day, Map.of());
    }

    private JsonPath page(String query) {
        return Api.as(token).get("/api/accounts/" + account + "/transactions" + query)
                .then().statusCode(200).extract().jsonPath();
    }

    /** Every row, page after page, as "day amount runningBalance". */
    private List<String> walk(String query, int limit) {
        List<String> rows = new ArrayList<>();
        String cursor = null;
        do {
            JsonPath page = page("?limit=" + limit + query + (cursor == null ? "" : "&cursor=" + cursor));
            for (int i = 0; i < page.getList("items").size(); i++) {
                rows.add(page.getString("items[" + i + "].occurredOn") + " " + page.getString("items[" + i + "].type")
                        + " " + page.getString("items[" + i + "].amount") + " "
                        + page.getString("items[" + i + "].runningBalance"));
            }
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        return rows;
    }

    @Test
    void aBackdatedEntryChangesTheRunningBalancesOfTheDaysAfterItOnEveryPage() {
        LocalDate d1 = TODAY.minusDays(10);
        LocalDate d2 = TODAY.minusDays(8);
        LocalDate d3 = TODAY.minusDays(5);
        post("deposits", "10.00", d1);
        post("deposits", "5.00", d3);
        post("withdrawals", "3.00", d3);
        post("deposits", "1.00", TODAY);
        List<String> before = walk("", 50);
        assertThat(before).containsExactly(
                TODAY + " deposit 1.00 13.00",
                d3 + " withdrawal 3.00 12.00",
                d3 + " deposit 5.00 15.00",
                d1 + " deposit 10.00 10.00");

        // five years back, recorded last
        post("deposits", "100.00", d2);
        post("deposits", "0.50", TODAY.minusYears(5));

        List<String> expected = List.of(
                TODAY + " deposit 1.00 113.50",
                d3 + " withdrawal 3.00 112.50",
                d3 + " deposit 5.00 115.50",
                d2 + " deposit 100.00 110.50",
                d1 + " deposit 10.00 10.50",
                TODAY.minusYears(5) + " deposit 0.50 0.50");
        assertThat(walk("", 50)).containsExactlyElementsOf(expected);
        for (int limit = 1; limit <= 4; limit++) {
            assertThat(walk("", limit)).as("pages of " + limit).containsExactlyElementsOf(expected);
        }
        // balanceAfter stays the chain's, in recording order
        assertThat(page("?limit=50").getList("items.balanceAfter"))
                .containsExactly("13.00", "12.00", "15.00", "113.00", "10.00", "113.50");
        assertThat(Ledger.balance(token, account)).isEqualTo("113.50");
    }

    @Test
    void theRecordedOrderIsTheOrderOfRecordingWithTheChainsBalances() {
        post("deposits", "10.00", TODAY.minusDays(1));
        post("deposits", "2.00", TODAY.minusDays(30));
        post("withdrawals", "1.00", TODAY.minusDays(2));
        List<String> rows = walk("&order=recorded", 2);
        assertThat(rows).containsExactly(
                TODAY.minusDays(2) + " withdrawal 1.00 11.00",
                TODAY.minusDays(30) + " deposit 2.00 12.00",
                TODAY.minusDays(1) + " deposit 10.00 10.00");
        assertThat(page("?order=recorded").getList("items.seq")).containsExactly(3, 2, 1);
        Api.as(token).get("/api/accounts/" + account + "/transactions?order=sideways").then().statusCode(400)
                .body("errors[0].field", equalTo("order"));
    }

    @Test
    void datesFilterTheDayTheMoneyMovedBothEndsIncludedAndTimesTheRecording() {
        post("deposits", "1.00", LocalDate.of(2025, 12, 31));
        post("deposits", "2.00", LocalDate.of(2026, 1, 1));
        post("deposits", "3.00", LocalDate.of(2026, 1, 31));
        post("deposits", "4.00", LocalDate.of(2026, 2, 1));
        assertThat(page("?from=2026-01-01&to=2026-01-31").getList("items.amount")).containsExactly("3.00", "2.00");
        assertThat(page("?from=2026-01-31").getList("items.amount")).containsExactly("4.00", "3.00");
        assertThat(page("?to=2025-12-31").getList("items.amount")).containsExactly("1.00");
        // running balances stay those of the whole account, whatever the filter
        assertThat(page("?from=2026-01-01&to=2026-01-31").getList("items.runningBalance"))
                .containsExactly("6.00", "3.00");
        // an instant still filters when the entry was recorded: all four were recorded just now
        assertThat(page("?from=2000-01-01T00:00:00Z").getList("items")).hasSize(4);
        assertThat(page("?to=2000-01-01T00:00:00Z").getList("items")).isEmpty();
        Api.as(token).get("/api/accounts/" + account + "/transactions?from=2026-02-01&to=2026-01-01").then()
                .statusCode(400).body("errors[0].field", equalTo("to"));
        Api.as(token).get("/api/accounts/" + account + "/transactions?from=2026-02-30").then()
                .statusCode(400).body("errors[0].field", equalTo("from"));
        String csv = new String(Api.as(token).get("/api/accounts/" + account
                + "/transactions.csv?from=2026-01-01&to=2026-01-31").asByteArray(), StandardCharsets.UTF_8);
        assertThat(csv.split("\r\n")).hasSize(3);
        assertThat(csv).contains(",3.00,USD,6.00,").contains(",2026-01-31,").contains(",2026-01-01,");
    }

    private long category(String name) {
        return ((Number) Api.jsonAs(token).body(Map.of("name", name, "kind", "expense"))
                .post("/api/categories").then().statusCode(201).extract().path("id")).longValue();
    }

    @Test
    void filtersByCategoryTagAndPayeeExactlyRegardlessOfCaseAndTextInEveryField() {
        long food = category("Food");
        long rent = category("Rent");
        post("deposits", "50.00", TODAY, Map.of("categoryId", food, "payee", "Corner Café",
                "tags", List.of("Coffee", "work"), "notes", "with Bob"));
        post("deposits", "20.00", TODAY, Map.of("categoryId", rent, "payee", "Landlord", "tags", List.of("home")));
        post("deposits", "5.00", TODAY, Map.of("description", "coffee beans"));

        assertThat(page("?categoryId=" + food).getList("items.amount")).containsExactly("50.00");
        assertThat(page("?tag=COFFEE").getList("items.amount")).containsExactly("50.00");
        assertThat(page("?tag=coff").getList("items")).isEmpty();
        assertThat(page("?tag=work&categoryId=" + rent).getList("items")).isEmpty();
        assertThat(Api.as(token).queryParam("payee", "CORNER CAFÉ").get("/api/accounts/" + account
                + "/transactions").jsonPath().getList("items.amount")).containsExactly("50.00");
        assertThat(page("?payee=corner").getList("items")).isEmpty();
        assertThat(page("?q=coffee").getList("items.amount")).containsExactly("5.00", "50.00");
        assertThat(page("?q=BOB").getList("items.amount")).containsExactly("50.00");
        assertThat(page("?q=ren").getList("items.amount")).containsExactly("20.00");

        Api.jsonAs(token).body(Map.of("name", "Housing")).patch("/api/categories/" + rent).then().statusCode(200);
        assertThat(page("?q=housing").getList("items.amount")).containsExactly("20.00");
        assertThat(page("?q=rent").getList("items")).isEmpty();
        Api.as(token).get("/api/accounts/" + account + "/transactions?categoryId=x").then().statusCode(400)
                .body("errors[0].field", equalTo("categoryId"));
    }

    @Test
    void aCursorIsTakenBackOnlyAsItWasGivenAndForItsOwnOrder() {
        post("deposits", "1.00", TODAY.minusDays(2));
        post("deposits", "2.00", TODAY.minusDays(1));
        post("deposits", "3.00", TODAY);
        String occurred = page("?limit=1").getString("nextCursor");
        String recorded = page("?limit=1&order=recorded").getString("nextCursor");
        assertThat(page("?limit=1&cursor=" + occurred).getList("items.amount")).containsExactly("2.00");
        assertThat(page("?limit=1&order=recorded&cursor=" + recorded).getList("items.amount"))
                .containsExactly("2.00");

        String flipped = occurred.substring(0, occurred.length() - 1)
                + (occurred.endsWith("A") ? "B" : "A");
        // the same position with another seq, its check value left as it was
        String plain = new String(Base64.getUrlDecoder().decode(occurred), StandardCharsets.US_ASCII);
        assertThat(plain).startsWith("1o" + TODAY.toEpochDay() + ".3.");
        String moved = Base64.getUrlEncoder().withoutPadding().encodeToString(plain.replace(".3.", ".2.")
                .getBytes(StandardCharsets.US_ASCII));
        String unchecked = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(("1o" + TODAY.toEpochDay() + ".2").getBytes(StandardCharsets.US_ASCII));
        for (String bad : List.of(flipped, moved, unchecked, recorded, "2", "abc", occurred + "x")) {
            Api.as(token).queryParam("cursor", bad).get("/api/accounts/" + account + "/transactions").then()
                    .statusCode(400).body("errors[0].field", equalTo("cursor"));
        }
        Api.as(token).queryParam("cursor", occurred).queryParam("order", "recorded")
                .get("/api/accounts/" + account + "/transactions").then().statusCode(400);
    }

    @Test
    void aTransferRowNamesTheOtherAccount() {
        long savings = openAccount(token, "Savings", "USD");
        post("deposits", "10.00", TODAY);
        Ledger.transfer(token, account, savings, "4.00").then().statusCode(201);
        JsonPath page = page("?type=transfer_out");
        assertThat(page.getLong("items[0].counterpartAccountId")).isEqualTo(savings);
        assertThat(page.getLong("items[0].counterpartAccount.id")).isEqualTo(savings);
        assertThat(page.getString("items[0].counterpartAccount.name")).isEqualTo("Savings");
        assertThat(page.getMap("items[0].counterpartAccount")).containsOnlyKeys("id", "name");
        assertThat(page.getString("items[0].account.name")).isEqualTo("Main");
        long entry = page.getLong("items[0].id");
        Api.as(token).get("/api/entries/" + entry).then().statusCode(200)
                .body("entry.counterpartAccount.name", equalTo("Savings"));
        assertThat(page("?type=deposit").getMap("items[0]")).containsEntry("counterpartAccount", null);
    }
}
