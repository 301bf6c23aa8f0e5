package app.ledger.problem;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import app.ledger.support.Api;
import app.ledger.support.Database;
import app.ledger.support.Ledger;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/**
 * A JSON string may hold an unpaired surrogate ({@code "\ud800"}), which has no UTF-8 form: every free-text
 * field of every write refuses it rather than storing a "?" in its place.
 */
@QuarkusTest
class UnpairedSurrogateTest {

    /** JSON text (ASCII) whose string value is a lone high surrogate between two letters. */
    private static final String LONE = "a\\ud800b";

    @Inject
    AgroalDataSource dataSource;

    private static void refused(ValidatableResponse response, String field) {
        response.statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("/problems/invalid-input"))
                .body("errors.field", hasItem(field))
                .body("errors.message", hasItem(UnicodeText.NOT_WELL_FORMED));
    }

    @Test
    void everyFreeTextFieldOfEveryWriteRefusesAnUnpairedSurrogateAndNothingIsStored() {
        String token = Api.newUser();
        long main = Ledger.mainAccount(token);
        long savings = Ledger.openAccount(token, "Savings", "USD");
        Ledger.deposit(token, main, "10.00").then().statusCode(201);
        Database db = new Database(dataSource);
        long entriesBefore = db.count("SELECT count(*) FROM entries WHERE user_id = (SELECT user_id FROM accounts "
                + "WHERE id = ?)", main);

        refused(Api.jsonAs(token).body("{\"amount\":\"1.00\",\"description\":\"" + LONE + "\"}")
                .post("/api/accounts/" + main + "/deposits").then(), "description");
        for (String field : new String[] {"payee", "notes"}) {
            refused(Api.jsonAs(token).body("{\"amount\":\"1.00\",\"" + field + "\":\"" + LONE + "\"}")
                    .post("/api/accounts/" + main + "/withdrawals").then(), field);
        }
        refused(Api.jsonAs(token).body("{\"amount\":\"1.00\",\"tags\":[\"ok\",\"" + LONE + "\"]}")
                .post("/api/accounts/" + main + "/withdrawals").then(), "tags");
        refused(Api.jsonAs(token).body("{\"fromAccountId\":" + main + ",\"toAccountId\":" + savings
                + ",\"amount\":\"1.00\",\"notes\":\"" + LONE + "\"}").post("/api/transfers").then(), "notes");
        refused(Api.jsonAs(token).body("{\"name\":\"" + LONE + "\",\"kind\":\"expense\"}")
                .post("/api/categories").then(), "name");
        long entry = db.count("SELECT max(id) FROM entries WHERE account_id = ?", main);
        for (String field : new String[] {"description", "payee", "notes"}) {
            refused(Api.jsonAs(token).body("{\"" + field + "\":\"" + LONE + "\"}")
                    .patch("/api/entries/" + entry).then(), field);
        }
        refused(Api.jsonAs(token).body("{\"notes\":\"" + LONE + "\"}")
                .post("/api/entries/" + entry + "/reversal").then(), "notes");
        refused(Api.jsonAs(token).body("{\"amount\":\"1.00\",\"description\":\"\\udc00\"}")
                .post("/api/accounts/" + main + "/deposits").then(), "description");
        refused(Api.jsonAs(token).body("{\"fromAccountId\":" + main + ",\"toAccountId\":" + savings
                + ",\"amount\":\"1.00\",\"description\":\"" + LONE + "\"}").post("/api/transfers").then(),
                "description");
        refused(Api.jsonAs(token).body("{\"name\":\"" + LONE + "\",\"currency\":\"USD\"}")
                .post("/api/accounts").then(), "name");
        refused(given().contentType(ContentType.JSON).body("{\"username\":\"" + LONE
                + "cd\",\"password\":\"a long enough password\"}").post("/api/auth/register").then(), "username");
        refused(given().contentType(ContentType.JSON).body("{\"username\":\"" + Api.uniqueUsername()
                + "\",\"password\":\"a long enough " + LONE + "\"}").post("/api/auth/register").then(), "password");

        assertThat(db.count("SELECT count(*) FROM entries WHERE user_id = (SELECT user_id FROM accounts "
                + "WHERE id = ?)", main)).isEqualTo(entriesBefore);
        assertThat(db.count("SELECT count(*) FROM accounts WHERE name LIKE 'a%b'")).isZero();
        assertThat(Ledger.balance(token, main)).isEqualTo("10.00");
        assertThat(db.count("SELECT count(*) FROM entry_changes WHERE entry_id = ?", entry)).isZero();
        assertThat(db.count("SELECT count(*) FROM categories WHERE name LIKE 'a%b'")).isZero();
    }

    @Test
    void pairedSurrogatesAreStoredExactlyAsSent() {
        String token = Api.newUser();
        long main = Ledger.mainAccount(token);
        Api.jsonAs(token).body("{\"amount\":\"1.00\",\"description\":\"clef \\ud834\\udd1e\","
                + "\"payee\":\"\\ud83d\\ude00\",\"tags\":[\"\\ud83d\\ude00\"]}")
                .post("/api/accounts/" + main + "/deposits").then()
                .statusCode(201).body("entry.description", equalTo("clef 𝄞")).body("entry.payee", equalTo("😀"))
                .body("entry.tags[0]", equalTo("😀"));
        Api.jsonAs(token).body("{\"name\":\"\\ud83d\\ude00\",\"kind\":\"expense\"}").post("/api/categories")
                .then().statusCode(201).body("name", equalTo("😀"));
        Api.jsonAs(token).body("{\"name\":\"Music \\ud834\\udd1e\",\"currency\":\"EUR\"}").post("/api/accounts")
                .then().statusCode(201).body("name", equalTo("Music 𝄞"));
    }

    @Test
    void theCheckFindsEveryKindOfUnpairedSurrogate() {
        assertThat(UnicodeText.isWellFormed("")).isTrue();
        assertThat(UnicodeText.isWellFormed("Café 𝄞 😀")).isTrue();
        assertThat(UnicodeText.isWellFormed("\ud800")).isFalse();
        assertThat(UnicodeText.isWellFormed("a\udc00")).isFalse();
        assertThat(UnicodeText.isWellFormed("\udd1e\ud834")).as("low before high").isFalse();
        assertThat(UnicodeText.isWellFormed("\ud834\ud834\udd1e")).as("two highs").isFalse();
        assertThat(UnicodeText.isWellFormed("𝄞\ud834")).as("high at the end").isFalse();
    }
}
