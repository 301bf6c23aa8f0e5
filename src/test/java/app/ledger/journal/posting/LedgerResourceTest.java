package app.ledger.journal.posting;

import static app.ledger.support.Ledger.balance;
import static app.ledger.support.Ledger.deposit;
import static app.ledger.support.Ledger.mainAccount;
import static app.ledger.support.Ledger.openAccount;
import static app.ledger.support.Ledger.transfer;
import static app.ledger.support.Ledger.withdraw;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;

import app.ledger.support.Api;
import app.ledger.support.Database;
import app.ledger.support.Ledger;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class LedgerResourceTest {

    @Inject
    AgroalDataSource dataSource;

    private long entries(long account) {
        return new Database(dataSource).count("SELECT count(*) FROM entries WHERE account_id = ?", account);
    }

    @Test
    void aDepositAnswersTheEntryAndTheNewBalance() {
        String token = Api.newUser();
        long account = mainAccount(token);
        deposit(token, account, "12.34").then().statusCode(201)
                .contentType(ContentType.JSON)
                .body("balance", equalTo("12.34"))
                .body("entry.type", equalTo("deposit"))
                .body("entry.amount", equalTo("12.34"))
                .body("entry.balanceAfter", equalTo("12.34"))
                .body("entry.currency", equalTo("USD"))
                .body("entry.seq", equalTo(1))
                .body("entry.createdAt", matchesPattern("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{1,6}Z"));
        var row = new Database(dataSource).rows(
                "SELECT amount_minor, balance_after_minor, hash, prev_hash FROM entries WHERE account_id = ?", account)
                .get(0);
        assertThat(row).containsEntry("amount_minor", 1234L).containsEntry("balance_after_minor", 1234L);
        assertThat((String) row.get("hash")).hasSize(64);
        assertThat(row.get("prev_hash")).isEqualTo("0".repeat(64));
    }

    @Test
    void aWithdrawalBeyondTheBalanceIsRefusedAndChangesNothing() {
        String token = Api.newUser();
        long account = mainAccount(token);
        deposit(token, account, "10.00").then().statusCode(201);
        withdraw(token, account, "10.01").then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/insufficient-funds"));
        assertThat(balance(token, account)).isEqualTo("10.00");
        assertThat(entries(account)).isEqualTo(1);
        withdraw(token, account, "10.00").then().statusCode(201).body("balance", equalTo("0.00"));
    }

    @Test
    void anInsufficientBalanceIsSaidWithBothAmountsAtTheAmountField() {
        String token = Api.newUser();
        long account = mainAccount(token);
        deposit(token, account, "1020.00").then().statusCode(201);
        String sentence = "The balance of 1,020.00 USD does not cover 5,000.00 USD.";
        withdraw(token, account, "5000.00").then().statusCode(409)
                .body("type", equalTo("/problems/insufficient-funds"))
                .body("detail", equalTo(sentence))
                .body("balance", equalTo("1020.00"))
                .body("amount", equalTo("5000.00"))
                .body("currency", equalTo("USD"))
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("amount"))
                .body("errors[0].message", equalTo(sentence));

        long yen = openAccount(token, "Yen", "JPY");
        long savings = openAccount(token, "Savings", "JPY");
        deposit(token, yen, "1234567").then().statusCode(201);
        transfer(token, yen, savings, "10000000").then().statusCode(409)
                .body("detail", equalTo("The balance of 1,234,567 JPY does not cover 10,000,000 JPY."))
                .body("balance", equalTo("1234567")).body("amount", equalTo("10000000"))
                .body("currency", equalTo("JPY")).body("errors[0].field", equalTo("amount"));
        assertThat(balance(token, yen)).isEqualTo("1234567");
    }

    @Test
    void refusedAmountsAreExplainedInSentencesAtTheAmountField() {
        String token = Api.newUser();
        long account = mainAccount(token);
        long yen = openAccount(token, "Yen", "JPY");
        Map<String, String> said = new LinkedHashMap<>();
        said.put("", "Enter an amount.");
        said.put("1e3", "Enter the amount as digits with a decimal point, such as 12.34.");
        said.put("1,234.56", "Enter the amount as digits with a decimal point, such as 12.34.");
        said.put("0.00", "Enter an amount greater than zero.");
        said.put("12.345", "USD amounts have at most 2 decimal places.");
        said.put("1000000000.01", "Enter an amount of at most 1,000,000,000.00.");
        said.forEach((amount, sentence) -> deposit(token, account, amount).then().statusCode(400)
                .body("detail", equalTo(sentence))
                .body("errors[0].field", equalTo("amount")).body("errors[0].message", equalTo(sentence)));
        deposit(token, yen, "1.5").then().statusCode(400)
                .body("detail", equalTo("JPY amounts are whole numbers, without decimal places."));
        Api.jsonAs(token).body("{\"description\":\"x\"}").post("/api/accounts/" + account + "/deposits").then()
                .statusCode(400).body("errors[0].message", equalTo("Enter an amount."));
        Api.jsonAs(token).body("{\"amount\": 12.34}").post("/api/accounts/" + account + "/deposits").then()
                .statusCode(400).body("errors[0].field", equalTo("amount"))
                .body("errors[0].message", equalTo("Enter the amount as digits with a decimal point, such as 12.34."));
        assertThat(entries(account)).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1.00", "0", "0.00", "NaN", "Infinity", "1e3", "1E2", "1.005", ".5", "5.", "+5",
            "01.00", "1,00", " 1.00", "1.00 ", "", "abc", "0x10", "1000000000.01", "99999999999999999999",
            "12.345678901234567890123"})
    void everyInvalidAmountIsRefusedNamingTheFieldAndWritesNothing(String amount) {
        String token = Api.newUser();
        long account = mainAccount(token);
        deposit(token, account, amount).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("amount"));
        withdraw(token, account, amount).then().statusCode(400).body("errors.field", hasItem("amount"));
        assertThat(entries(account)).isZero();
    }

    @Test
    void amountsOfTheWrongJsonTypeAreRefused() {
        String token = Api.newUser();
        long account = mainAccount(token);
        for (String body : new String[] {"{\"amount\": 12.34}", "{\"amount\": 12}", "{\"amount\": true}",
                "{\"amount\": null}", "{\"amount\": [\"1.00\"]}", "{\"amount\": {\"v\": 1}}", "{}", "null"}) {
            Api.jsonAs(token).body(body).post("/api/accounts/" + account + "/deposits")
                    .then().statusCode(400).contentType("application/problem+json");
        }
        assertThat(entries(account)).isZero();
    }

    @Test
    void decimalsFollowTheCurrency() {
        String token = Api.newUser();
        long yen = openAccount(token, "Yen", "JPY");
        long dinar = openAccount(token, "Dinar", "KWD");
        deposit(token, yen, "1.5").then().statusCode(400).body("errors[0].field", equalTo("amount"));
        deposit(token, yen, "1500").then().statusCode(201).body("balance", equalTo("1500"));
        deposit(token, dinar, "1.234").then().statusCode(201).body("balance", equalTo("1.234"));
        deposit(token, dinar, "1.2345").then().statusCode(400);
        deposit(token, mainAccount(token), "1000000000.00").then().statusCode(201)
                .body("balance", equalTo("1000000000.00"));
    }

    @Test
    void descriptionsAreStoredExactlyAsSentUpTo500Characters() {
        String token = Api.newUser();
        long account = mainAccount(token);
        String text = "Café ☕ 𝄞 \"quoted\" <b>not html</b>\ttab\nnew line " + "é".repeat(10);
        Ledger.post(token, account, "deposits", Map.of("amount", "1.00", "description", text), null)
                .then().statusCode(201).body("entry.description", equalTo(text));
        assertThat(new Database(dataSource).rows("SELECT description FROM entries WHERE account_id = ?", account)
                .get(0).get("description")).isEqualTo(text);

        String longest = "𝄞".repeat(500);
        Ledger.post(token, account, "deposits", Map.of("amount", "1.00", "description", longest), null)
                .then().statusCode(201);
        Ledger.post(token, account, "deposits", Map.of("amount", "1.00", "description", longest + "x"), null)
                .then().statusCode(400).body("errors[0].field", equalTo("description"));
        Ledger.post(token, account, "deposits", Map.of("amount", "1.00", "category", "c".repeat(65)), null)
                .then().statusCode(400).body("errors[0].field", equalTo("category"));
        assertThat(entries(account)).isEqualTo(2);
    }

    @Test
    void transfersMoveMoneyBetweenOwnAccounts() {
        String token = Api.newUser();
        long main = mainAccount(token);
        long savings = openAccount(token, "Savings", "USD");
        long euros = openAccount(token, "Euros", "EUR");
        deposit(token, main, "100.00").then().statusCode(201);

        transfer(token, main, savings, "40.00").then().statusCode(201)
                .body("transferId", notNullValue())
                .body("from.balance", equalTo("60.00"))
                .body("from.entry.type", equalTo("transfer_out"))
                .body("from.entry.counterpartAccountId", equalTo((int) savings))
                .body("to.balance", equalTo("40.00"))
                .body("to.entry.type", equalTo("transfer_in"));

        transfer(token, main, savings, "60.01").then().statusCode(409)
                .body("type", equalTo("/problems/insufficient-funds"));
        transfer(token, main, euros, "1.00").then().statusCode(400).body("errors[0].field", equalTo("toAmount"))
                .body("detail", equalTo("This transfer goes from USD to EUR: enter the amount that arrives in EUR."));
        transfer(token, main, main, "1.00").then().statusCode(400).body("errors[0].field", equalTo("toAccountId"))
                .body("detail", equalTo("The money cannot go to the account it comes from. Choose another account."));
        Map<String, Object> missing = new HashMap<>();
        missing.put("amount", "1.00");
        Api.jsonAs(token).body(missing).post("/api/transfers").then().statusCode(400)
                .body("errors.field", hasItem("fromAccountId")).body("errors.field", hasItem("toAccountId"))
                .body("detail", equalTo("Choose the account to transfer from. Choose the account to transfer to."));

        assertThat(balance(token, main)).isEqualTo("60.00");
        assertThat(balance(token, savings)).isEqualTo("40.00");
        assertThat(balance(token, euros)).isEqualTo("0.00");
        assertThat(entries(main) + entries(savings) + entries(euros)).isEqualTo(3);
    }

    @Test
    void anotherUsersAccountAnswers404OnEveryRouteAndNothingIsWritten() {
        String alice = Api.newUser();
        String bob = Api.newUser();
        long alicesAccount = mainAccount(alice);
        long bobsAccount = mainAccount(bob);
        deposit(bob, bobsAccount, "5.00").then().statusCode(201);

        deposit(alice, bobsAccount, "1.00").then().statusCode(404).body("type", equalTo("/problems/account-not-found"));
        withdraw(alice, bobsAccount, "1.00").then().statusCode(404);
        transfer(alice, bobsAccount, alicesAccount, "1.00").then().statusCode(404);
        transfer(alice, alicesAccount, bobsAccount, "1.00").then().statusCode(404);
        Api.as(alice).get("/api/accounts/" + bobsAccount + "/transactions").then().statusCode(404);
        Api.as(alice).get("/api/accounts/" + bobsAccount + "/transactions.csv").then().statusCode(404)
                .contentType("application/problem+json");
        Api.as(alice).get("/api/accounts/" + bobsAccount + "/verify").then().statusCode(404);
        Api.as(alice).get("/api/accounts/" + bobsAccount).then().statusCode(404);

        assertThat(balance(bob, bobsAccount)).isEqualTo("5.00");
        assertThat(entries(bobsAccount)).isEqualTo(1);
        assertThat(entries(alicesAccount)).isZero();
    }

    @Test
    void writesNeedALogin() {
        given().contentType(ContentType.JSON).body(Map.of("amount", "1.00"))
                .post("/api/accounts/1/deposits").then().statusCode(401);
        given().get("/api/accounts/1/transactions").then().statusCode(401);
    }
}
