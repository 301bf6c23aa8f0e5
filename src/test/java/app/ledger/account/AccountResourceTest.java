package app.ledger.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import app.ledger.support.Api;
import app.ledger.support.Database;
import app.ledger.config.LedgerConfig;
import app.ledger.support.Ledger;
import app.ledger.support.Parallel;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class AccountResourceTest {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    LedgerConfig config;

    @Test
    void aNewUserHasTheMainAccountInTheDefaultCurrency() {
        Api.as(Api.newUser()).get("/api/accounts").then().statusCode(200)
                .body("$", hasSize(1))
                .body("[0].name", equalTo("Main"))
                .body("[0].currency", equalTo("USD"))
                .body("[0].balance", equalTo("0.00"));
    }

    @Test
    void createdAccountsAreListedAndReadable() {
        String token = Api.newUser();
        int id = Api.jsonAs(token).body(Map.of("name", "Savings €", "currency", "EUR"))
                .post("/api/accounts").then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.matchesPattern("http://[^/]+/api/accounts/\\d+"))
                .body("name", equalTo("Savings €"))
                .body("currency", equalTo("EUR"))
                .body("balance", equalTo("0.00"))
                .extract().path("id");
        Api.jsonAs(token).body(Map.of("name", "Yen", "currency", "JPY")).post("/api/accounts")
                .then().statusCode(201).body("balance", equalTo("0"));

        Api.as(token).get("/api/accounts").then().body("$", hasSize(3)).body("name", hasItem("Savings €"));
        Api.as(token).get("/api/accounts/" + id).then().statusCode(200).body("currency", equalTo("EUR"));
        assertThat(new Database(dataSource).count("SELECT count(*) FROM accounts WHERE id = ? AND currency = 'EUR'", id))
                .isEqualTo(1);
    }

    @Test
    void anotherUsersAccountAnswersNotFound() {
        String alice = Api.newUser();
        String bob = Api.newUser();
        int bobsAccount = Api.as(bob).get("/api/accounts").path("[0].id");

        Api.as(alice).get("/api/accounts/" + bobsAccount).then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/account-not-found"));
        Api.as(alice).get("/api/accounts/987654321").then().statusCode(404)
                .body("type", equalTo("/problems/account-not-found"));
        Api.as(alice).get("/api/accounts").then().body("id", org.hamcrest.Matchers.not(hasItem(bobsAccount)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"usd", "US", "XXX", "XAU", "ABC", "EURO", ""})
    void currenciesOutsideIso4217AreRefused(String currency) {
        String token = Api.newUser();
        Api.jsonAs(token).body(Map.of("name", "Other", "currency", currency)).post("/api/accounts")
                .then().statusCode(400).body("errors.field", hasItem("currency"));
        Api.as(token).get("/api/accounts").then().body("$", hasSize(1));
    }

    @Test
    void namesMustBePresentShortAndUniquePerUser() {
        String token = Api.newUser();
        Api.jsonAs(token).body(Map.of("name", "  ", "currency", "USD")).post("/api/accounts")
                .then().statusCode(400).body("errors.field", hasItem("name"));
        Api.jsonAs(token).body(Map.of("name", "x".repeat(65), "currency", "USD")).post("/api/accounts")
                .then().statusCode(400).body("errors.field", hasItem("name"));
        Api.jsonAs(token).body(Map.of("name", "main", "currency", "USD")).post("/api/accounts")
                .then().statusCode(409).body("type", equalTo("/problems/account-name-taken"))
                .body("detail", equalTo("You already have an account with this name. Choose another one."))
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("name"))
                .body("errors[0].message", equalTo("You already have an account with this name. Choose another one."));
        Api.jsonAs(token).body(Map.of("name", "Travel", "currency", "XYZ")).post("/api/accounts")
                .then().statusCode(400).body("errors[0].field", equalTo("currency"))
                .body("detail", equalTo("Choose a currency by its three-letter code, such as USD or EUR."));
        Api.jsonAs(Api.newUser()).body(Map.of("name", "Holiday", "currency", "USD")).post("/api/accounts")
                .then().statusCode(201);
        Api.jsonAs(token).body(Map.of("name", "Holiday", "currency", "USD")).post("/api/accounts")
                .then().statusCode(201);
        Api.as(token).get("/api/accounts").then().body("$", hasSize(2));
    }

    @Test
    void openingMoreAccountsThanAllowedIs409AndOpensNothing() {
        String token = Api.newUser();
        long userId = ((Number) Api.as(token).get("/api/me").path("id")).longValue();
        int max = config.accounts().maxPerUser();
        for (int i = 2; i <= max - 3; i++) {
            Ledger.openAccount(token, "Account " + i, "USD");
        }
        // the last three places, asked for by ten requests at once: exactly three get one
        List<Integer> statuses = Parallel.run(10, 10, i -> Api.jsonAs(token)
                .body(Map.of("name", "Race " + i, "currency", "EUR")).post("/api/accounts").statusCode());
        assertThat(statuses).filteredOn(status -> status == 201).hasSize(3);
        assertThat(statuses).filteredOn(status -> status == 409).hasSize(7);

        Api.jsonAs(token).body(Map.of("name", "One too many", "currency", "USD")).post("/api/accounts")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/too-many-accounts"))
                .body("detail", containsString(Integer.toString(max)));
        assertThat(new Database(dataSource).count("SELECT count(*) FROM accounts WHERE user_id = ?", userId))
                .isEqualTo(max);
        Api.as(token).get("/api/accounts").then().statusCode(200).body("$", hasSize(max));
    }
}
