package app.ledger.journal.correction;

import static app.ledger.support.Ledger.balance;
import static app.ledger.support.Ledger.deposit;
import static app.ledger.support.Ledger.mainAccount;
import static app.ledger.support.Ledger.openAccount;
import static app.ledger.support.Ledger.verify;
import static app.ledger.support.Ledger.withdraw;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import app.ledger.support.Api;
import app.ledger.support.Database;
import app.ledger.support.Ledger;
import app.ledger.support.Parallel;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One entry with its trail, metadata edits in place, and reversals. */
@QuarkusTest
class EntryResourceTest {

    @Inject
    AgroalDataSource dataSource;

    private static long entryId(Response posted) {
        return ((Number) posted.then().statusCode(201).extract().path("entry.id")).longValue();
    }

    private static Response edit(String token, long entryId, Object body) {
        return Api.jsonAs(token).body(body).patch("/api/entries/" + entryId);
    }

    private static Response reverse(String token, long entryId) {
        return Api.jsonAs(token).body("{}").post("/api/entries/" + entryId + "/reversal");
    }

    private static long category(String token, String name) {
        return ((Number) Api.jsonAs(token).body(Map.of("name", name, "kind", "expense", "color", "#123456"))
                .post("/api/categories").then().statusCode(201).extract().path("id")).longValue();
    }

    @Test
    void anEntryIsShownWithAnEmptyTrailToItsOwnerAndToNobodyElse() {
        String alice = Api.newUser();
        String bob = Api.newUser();
        long id = entryId(deposit(alice, mainAccount(alice), "5.00"));

        Api.as(alice).get("/api/entries/" + id).then().statusCode(200)
                .body("entry.id", equalTo((int) id))
                .body("entry.amount", equalTo("5.00"))
                .body("changes", hasSize(0));
        Api.as(bob).get("/api/entries/" + id).then().statusCode(404)
                .body("type", equalTo("/problems/entry-not-found"));
        Api.as(alice).get("/api/entries/999999999").then().statusCode(404)
                .body("type", equalTo("/problems/entry-not-found"));
    }

    @Test
    void anEditChangesTheMetadataInPlaceAndKeepsWhoWhenWhatWasBeforeAndAfter() {
        String token = Api.newUser();
        long account = mainAccount(token);
        long food = category(token, "Food");
        long id = entryId(Ledger.post(token, account, "deposits",
                Map.of("amount", "5.00", "description", "cofee", "tags", List.of("x")), null));
        long userId = ((Number) Api.as(token).get("/api/me").path("id")).longValue();

        JsonPath edited = edit(token, id, Map.of("description", "Coffee at Café Olé", "categoryId", food,
                "payee", " Olé ", "tags", List.of("drinks", "x"), "notes", "typo fixed"))
                .then().statusCode(200)
                .body("entry.description", equalTo("Coffee at Café Olé"))
                .body("entry.category.name", equalTo("Food"))
                .body("entry.category.color", equalTo("#123456"))
                .body("entry.payee", equalTo("Olé"))
                .body("entry.tags", equalTo(List.of("drinks", "x")))
                .body("entry.notes", equalTo("typo fixed"))
                .body("entry.amount", equalTo("5.00"))
                .body("changes", hasSize(5))
                .extract().jsonPath();
        assertThat(edited.getList("changes.field")).containsExactly("categoryId", "description", "notes", "payee",
                "tags");
        assertThat(edited.getList("changes.editId", Long.class)).containsOnly(edited.getLong("changes[0].editId"));
        assertThat(edited.getList("changes.changedBy", Long.class)).containsOnly(userId);
        assertThat(edited.getString("changes[0].changedAt")).isNotNull();
        assertThat(edited.<Object>get("changes[0].oldValue")).isNull();
        assertThat(edited.getLong("changes[0].newValue")).isEqualTo(food);
        assertThat(edited.getString("changes[1].oldValue")).isEqualTo("cofee");
        assertThat(edited.getList("changes[4].oldValue")).containsExactly("x");
        assertThat(edited.getList("changes[4].newValue")).containsExactly("drinks", "x");

        Api.as(token).queryParam("q", "CAFÉ OLÉ").get("/api/accounts/" + account + "/transactions").then()
                .statusCode(200)
                .body("items", hasSize(1)).body("items[0].category.id", equalTo((int) food));
        Api.as(token).get("/api/accounts/" + account + "/transactions?q=cofee").then().body("items", hasSize(0));

        Map<String, Object> clear = new HashMap<>();
        clear.put("categoryId", null);
        clear.put("tags", null);
        clear.put("payee", "Olé");
        edit(token, id, clear).then().statusCode(200)
                .body("entry.category", nullValue())
                .body("entry.tags", hasSize(0))
                .body("changes", hasSize(7));
        edit(token, id, Map.of("description", "Coffee at Café Olé")).then().statusCode(200)
                .body("changes", hasSize(7));
        verify(token, account).then().body("ok", equalTo(true));
    }

    @Test
    void moneyCannotBeEditedAndBadMetadataIsRefusedLeavingTheEntryAsItWas() {
        String token = Api.newUser();
        long account = mainAccount(token);
        long id = entryId(Ledger.post(token, account, "deposits", Map.of("amount", "5.00", "description", "a"),
                null));
        long archived = category(token, "Old");
        Api.jsonAs(token).body(Map.of("archived", true)).patch("/api/categories/" + archived).then().statusCode(200);

        edit(token, id, Map.of("amount", "50.00", "description", "b")).then().statusCode(400)
                .body("errors[0].field", equalTo("amount"));
        edit(token, id, Map.of("occurredOn", "2020-01-01")).then().statusCode(400)
                .body("errors[0].field", equalTo("occurredOn"));
        edit(token, id, Map.of("categoryId", archived, "description", "b")).then().statusCode(400)
                .body("errors[0].field", equalTo("categoryId"));
        edit(token, id, Map.of("tags", List.of("t".repeat(41)))).then().statusCode(400);
        edit(token, id, Map.of("description", 5)).then().statusCode(400)
                .body("errors[0].field", equalTo("description"));
        edit(token, id, Map.of("categoryId", "food")).then().statusCode(400);

        Api.as(token).get("/api/entries/" + id).then().statusCode(200)
                .body("entry.description", equalTo("a"))
                .body("entry.amount", equalTo("5.00"))
                .body("entry.category", nullValue())
                .body("changes", hasSize(0));
        assertThat(balance(token, account)).isEqualTo("5.00");
    }

    @Test
    void anArchivedCategoryStaysOnTheEntryThatHasIt() {
        String token = Api.newUser();
        long account = mainAccount(token);
        long food = category(token, "Food");
        long id = entryId(Ledger.post(token, account, "deposits", Map.of("amount", "5.00", "categoryId", food),
                null));
        Api.jsonAs(token).body(Map.of("archived", true)).patch("/api/categories/" + food).then().statusCode(200);

        edit(token, id, Map.of("categoryId", food, "notes", "still food")).then().statusCode(200)
                .body("entry.category.name", equalTo("Food"))
                .body("changes.field", equalTo(List.of("notes")));
        Api.as(token).get("/api/accounts/" + account + "/transactions").then()
                .body("items[0].category.name", equalTo("Food"));
    }

    @Test
    void anotherUsersEntryCannotBeEditedOrReversed() {
        String alice = Api.newUser();
        String bob = Api.newUser();
        long account = mainAccount(alice);
        long id = entryId(Ledger.post(alice, account, "deposits", Map.of("amount", "5.00", "description", "mine"),
                null));

        edit(bob, id, Map.of("description", "bob's now")).then().statusCode(404)
                .body("type", equalTo("/problems/entry-not-found"));
        reverse(bob, id).then().statusCode(404).body("type", equalTo("/problems/entry-not-found"));

        Api.as(alice).get("/api/entries/" + id).then().body("entry.description", equalTo("mine"))
                .body("entry.reversedBy", nullValue()).body("changes", hasSize(0));
        assertThat(balance(alice, account)).isEqualTo("5.00");
    }

    @Test
    void aReversalAppendsTheOppositeEntryLinksBothAndASecondOneIsRefused() {
        String token = Api.newUser();
        long account = mainAccount(token);
        long food = category(token, "Food");
        deposit(token, account, "20.00").then().statusCode(201);
        long id = entryId(Ledger.post(token, account, "withdrawals", Map.of("amount", "7.50",
                "occurredOn", "2024-05-01", "description", "Wrong amount", "categoryId", food, "payee", "Deli"),
                null));

        Response reversal = reverse(token, id);
        reversal.then().statusCode(201)
                .body("entry.type", equalTo("deposit"))
                .body("entry.amount", equalTo("7.50"))
                .body("entry.reversalOf", equalTo((int) id))
                .body("entry.occurredOn", equalTo("2024-05-01"))
                .body("entry.description", equalTo("Wrong amount"))
                .body("entry.category.name", equalTo("Food"))
                .body("entry.payee", equalTo("Deli"))
                .body("balance", equalTo("20.00"));
        long reversalId = ((Number) reversal.path("entry.id")).longValue();

        Api.as(token).get("/api/entries/" + id).then().statusCode(200)
                .body("entry.reversedBy", equalTo((int) reversalId))
                .body("changes", hasSize(1))
                .body("changes[0].field", equalTo("reversedBy"))
                .body("changes[0].oldValue", nullValue())
                .body("changes[0].newValue", equalTo((int) reversalId));
        reverse(token, id).then().statusCode(409)
                .body("type", equalTo("/problems/already-reversed"))
                .body("detail", equalTo("Entry " + id + " was already reversed by entry " + reversalId + "."));
        reverse(token, reversalId).then().statusCode(409)
                .body("type", equalTo("/problems/reversal-of-reversal"))
                .body("detail", equalTo("Entry " + reversalId + " is the reversal of entry " + id
                        + ". To undo it, record that entry again."));
        assertThat(balance(token, account)).isEqualTo("20.00");
        verify(token, account).then().body("ok", equalTo(true)).body("entriesChecked", equalTo(3));
        Api.as(token).get("/api/accounts/" + account + "/transactions?order=recorded").then()
                .body("items[0].reversalOf", equalTo((int) id))
                .body("items[1].reversedBy", equalTo((int) reversalId));
    }

    @Test
    void aReversalMayHaveItsOwnDayAndNotes() {
        String token = Api.newUser();
        long id = entryId(deposit(token, mainAccount(token), "1.00"));

        Api.jsonAs(token).body(Map.of("occurredOn", "2023-12-31", "notes", "bank error"))
                .post("/api/entries/" + id + "/reversal").then().statusCode(201)
                .body("entry.occurredOn", equalTo("2023-12-31"))
                .body("entry.notes", equalTo("bank error"));
    }

    @Test
    void reversingADepositThatWasSpentIsRefusedAndChangesNothing() {
        String token = Api.newUser();
        long account = mainAccount(token);
        long id = entryId(deposit(token, account, "10.00"));
        withdraw(token, account, "8.00").then().statusCode(201);

        reverse(token, id).then().statusCode(409).body("type", equalTo("/problems/insufficient-funds"));
        Api.as(token).get("/api/entries/" + id).then().body("entry.reversedBy", nullValue())
                .body("changes", hasSize(0));
        assertThat(balance(token, account)).isEqualTo("2.00");
    }

    @Test
    void reversingATransferSendsTheMoneyBackOnBothLegsAtOnce() {
        String token = Api.newUser();
        long checking = mainAccount(token);
        long savings = openAccount(token, "Savings", "USD");
        deposit(token, checking, "10.00").then().statusCode(201);
        Response transfer = Ledger.transfer(token, checking, savings, "4.00");
        transfer.then().statusCode(201);
        long out = ((Number) transfer.path("from.entry.id")).longValue();
        long in = ((Number) transfer.path("to.entry.id")).longValue();

        Response reversal = reverse(token, in);
        reversal.then().statusCode(201)
                .body("transferId", notNullValue())
                .body("from.entry.accountId", equalTo((int) savings))
                .body("from.entry.type", equalTo("transfer_out"))
                .body("from.entry.reversalOf", equalTo((int) in))
                .body("from.balance", equalTo("0.00"))
                .body("to.entry.accountId", equalTo((int) checking))
                .body("to.entry.type", equalTo("transfer_in"))
                .body("to.entry.reversalOf", equalTo((int) out))
                .body("to.balance", equalTo("10.00"));
        assertThat(balance(token, checking)).isEqualTo("10.00");
        assertThat(balance(token, savings)).isEqualTo("0.00");
        Api.as(token).get("/api/entries/" + out).then().body("entry.reversedBy",
                equalTo(reversal.<Integer>path("to.entry.id")));
        reverse(token, out).then().statusCode(409).body("type", equalTo("/problems/already-reversed"));
        verify(token, checking).then().body("ok", equalTo(true));
        verify(token, savings).then().body("ok", equalTo(true));
    }

    @Test
    void reversingATransferWhoseMoneyWasSpentIsRefusedOnBothLegs() {
        String token = Api.newUser();
        long checking = mainAccount(token);
        long savings = openAccount(token, "Savings", "USD");
        deposit(token, checking, "10.00").then().statusCode(201);
        long out = ((Number) Ledger.transfer(token, checking, savings, "4.00").path("from.entry.id")).longValue();
        withdraw(token, savings, "1.00").then().statusCode(201);

        reverse(token, out).then().statusCode(409).body("type", equalTo("/problems/insufficient-funds"));
        assertThat(balance(token, checking)).isEqualTo("6.00");
        assertThat(balance(token, savings)).isEqualTo("3.00");
    }

    @Test
    void aReversalRetriedWithItsKeyIsAnsweredTheSameAndAppliedOnce() {
        String token = Api.newUser();
        long account = mainAccount(token);
        long id = entryId(deposit(token, account, "3.00"));

        String first = Api.jsonAs(token).header("Idempotency-Key", "undo-1").body("{}")
                .post("/api/entries/" + id + "/reversal").then().statusCode(201).extract().asString();
        String again = Api.jsonAs(token).header("Idempotency-Key", "undo-1").body("{}")
                .post("/api/entries/" + id + "/reversal").then().statusCode(201).extract().asString();

        assertThat(again).isEqualTo(first);
        assertThat(new Database(dataSource).count("SELECT count(*) FROM entries WHERE reversal_of = ?", id))
                .isEqualTo(1);
        assertThat(balance(token, account)).isEqualTo("0.00");
    }

    @Test
    void ofManyReversalsOfOneEntryAtOnceExactlyOneIsApplied() {
        String token = Api.newUser();
        long account = mainAccount(token);
        deposit(token, account, "50.00").then().statusCode(201);
        long id = entryId(withdraw(token, account, "5.00"));

        List<Integer> statuses = Parallel.run(12, 12, i -> reverse(token, id).statusCode());

        assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
        assertThat(statuses).filteredOn(s -> s != 201).containsOnly(409);
        assertThat(balance(token, account)).isEqualTo("50.00");
        verify(token, account).then().body("ok", equalTo(true));
    }

    @Test
    void anEntryThatIsNotThereCannotBeEditedOrReversed() {
        String token = Api.newUser();
        edit(token, 999_999_999L, Map.of("notes", "x")).then().statusCode(404);
        reverse(token, 999_999_999L).then().statusCode(404);
    }
}
