package app.ledger.journal.payee;

import static app.ledger.support.Ledger.mainAccount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import app.ledger.support.Api;
import app.ledger.support.Ledger;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PayeeResourceTest {

    private static long deposit(String token, long account, String payee, String occurredOn) {
        return Ledger.post(token, account, "deposits", Map.of("amount", "1.00", "payee", payee, "occurredOn",
                occurredOn), null).then().statusCode(201).extract().<Integer>path("entry.id");
    }

    /** @param query as it goes on the wire, already percent-encoded */
    private static List<Map<String, Object>> suggest(String token, String query) {
        return Api.as(token).urlEncodingEnabled(false).get("/api/payees" + query).then().statusCode(200)
                .extract().jsonPath().getList("$");
    }

    private static List<String> names(String token, String query) {
        return suggest(token, query).stream().map(p -> (String) p.get("name")).toList();
    }

    @Test
    void namesThatStartWithTheTextComeFirstThenTheMostUsedThenTheMostRecent() {
        String token = Api.newUser();
        long account = mainAccount(token);
        deposit(token, account, "café central", "2024-01-01");
        deposit(token, account, "Café Central", "2024-03-01");
        deposit(token, account, "CAFÉ CENTRAL", "2024-02-01");
        deposit(token, account, "Corner Café", "2024-01-05");
        deposit(token, account, "Corner Café", "2024-01-06");
        deposit(token, account, "Le Petit Café", "2024-05-01");
        deposit(token, account, "Le Petit Café", "2024-05-02");
        deposit(token, account, "Café Noir", "2024-04-01");
        deposit(token, account, "Épicerie Fine", "2023-12-31");
        deposit(token, account, "Bakery", "2024-06-01");

        List<Map<String, Object>> cafes = suggest(token, "?q=CAF%C3%89");
        assertThat(cafes).extracting(p -> p.get("name"))
                .containsExactly("CAFÉ CENTRAL", "Café Noir", "Le Petit Café", "Corner Café");
        assertThat(cafes.get(0)).containsEntry("uses", 3).containsEntry("lastOccurredOn", "2024-03-01");
        assertThat(cafes.get(2)).containsEntry("uses", 2).containsEntry("lastOccurredOn", "2024-05-02");
        assertThat(names(token, "?q=caf")).isEqualTo(names(token, "?q=Caf%C3%A9"));
        // É, written composed or decomposed, in any case
        assertThat(names(token, "?q=%C3%89")).containsExactly("Épicerie Fine", "CAFÉ CENTRAL", "Le Petit Café",
                "Corner Café", "Café Noir");
        assertThat(names(token, "?q=E%CC%81pi")).containsExactly("Épicerie Fine");
        assertThat(names(token, "?q=%20%C3%A9picerie%20")).containsExactly("Épicerie Fine");

        assertThat(names(token, "")).containsExactly("CAFÉ CENTRAL", "Le Petit Café", "Corner Café", "Bakery",
                "Café Noir", "Épicerie Fine");
        assertThat(names(token, "?limit=2")).containsExactly("CAFÉ CENTRAL", "Le Petit Café");
        assertThat(names(token, "?q=nothing+like+it")).isEmpty();
    }

    @Test
    void wildcardsInTheTextAreLiteral() {
        String token = Api.newUser();
        long account = mainAccount(token);
        deposit(token, account, "100% Natural", "2024-01-01");
        deposit(token, account, "a_b shop", "2024-01-01");
        deposit(token, account, "ab shop", "2024-01-01");
        deposit(token, account, "back\\slash", "2024-01-01");
        assertThat(names(token, "?q=%25")).containsExactly("100% Natural");
        assertThat(names(token, "?q=a_b")).containsExactly("a_b shop");
        assertThat(names(token, "?q=%5C")).containsExactly("back\\slash");
    }

    @Test
    void anotherUsersPayeesAreNeverShown() {
        String alice = Api.newUser();
        String bob = Api.newUser();
        deposit(alice, mainAccount(alice), "Alice's Secret Clinic", "2024-01-01");
        deposit(bob, mainAccount(bob), "Bob's Bikes", "2024-01-01");
        assertThat(names(bob, "")).containsExactly("Bob's Bikes");
        assertThat(names(bob, "?q=secret")).isEmpty();
        assertThat(names(bob, "?q=s")).containsExactly("Bob's Bikes");
        assertThat(names(alice, "?q=s")).containsExactly("Alice's Secret Clinic");
    }

    @Test
    void anEditMovesTheUseToTheNewNameAndANameNoLongerUsedIsForgotten() {
        String token = Api.newUser();
        long account = mainAccount(token);
        long typo = deposit(token, account, "Amazn", "2024-01-01");
        deposit(token, account, "Amazon", "2023-06-01");
        Api.jsonAs(token).body(Map.of("payee", "AMAZON")).patch("/api/entries/" + typo).then().statusCode(200);
        List<Map<String, Object>> all = suggest(token, "");
        assertThat(all).hasSize(1);
        assertThat(all.get(0)).containsEntry("name", "AMAZON").containsEntry("uses", 2)
                .containsEntry("lastOccurredOn", "2024-01-01");

        Api.jsonAs(token).body("{\"payee\": null}").patch("/api/entries/" + typo).then().statusCode(200);
        assertThat(suggest(token, "").get(0)).containsEntry("name", "AMAZON").containsEntry("uses", 1);
    }

    @Test
    void reversalsAreNotCountedAsUses() {
        String token = Api.newUser();
        long account = mainAccount(token);
        long entry = deposit(token, account, "Refundable Shop", "2024-01-01");
        Api.jsonAs(token).body("{}").post("/api/entries/" + entry + "/reversal").then().statusCode(201)
                .body("entry.payee", equalTo("Refundable Shop"));
        assertThat(suggest(token, "?q=refund").get(0)).containsEntry("uses", 1);
        long reversal = Api.as(token).get("/api/entries/" + entry).then().extract().<Integer>path("entry.reversedBy");
        Api.jsonAs(token).body(Map.of("payee", "Other Shop")).patch("/api/entries/" + reversal).then()
                .statusCode(200);
        assertThat(names(token, "")).containsExactly("Refundable Shop");
    }

    @Test
    void badQueriesAreRefusedNamingTheParameter() {
        String token = Api.newUser();
        for (String limit : List.of("0", "51", "ten", "-1")) {
            Api.as(token).get("/api/payees?limit=" + limit).then().statusCode(400)
                    .body("errors[0].field", equalTo("limit"));
        }
        Api.as(token).get("/api/payees?q=" + "x".repeat(201)).then().statusCode(400)
                .body("errors[0].field", equalTo("q"));
        Api.as(token).get("/api/payees?limit=50").then().statusCode(200);
        io.restassured.RestAssured.given().get("/api/payees").then().statusCode(401);
    }
}
