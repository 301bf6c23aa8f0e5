package app.ledger.journal.posting;

import static app.ledger.support.Ledger.balance;
import static app.ledger.support.Ledger.deposit;
import static app.ledger.support.Ledger.mainAccount;
import static app.ledger.support.Ledger.openAccount;
import static app.ledger.support.Ledger.verify;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import app.ledger.live.LiveHub;
import app.ledger.support.Api;
import app.ledger.support.Database;
import app.ledger.support.SseClient;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Transfers between accounts of different currencies: both amounts, the rate on both legs, the usual rules. */
@QuarkusTest
class TransferResourceTest {

    private static final Duration PATIENCE = Duration.ofSeconds(10);

    @Inject
    AgroalDataSource dataSource;

    @Inject
    LiveHub hub;

    private static Response transfer(String token, long from, long to, String amount, String toAmount,
            String idempotencyKey) {
        Map<String, Object> body = new HashMap<>();
        body.put("fromAccountId", from);
        body.put("toAccountId", to);
        body.put("amount", amount);
        if (toAmount != null) {
            body.put("toAmount", toAmount);
        }
        var request = Api.jsonAs(token).body(body);
        if (idempotencyKey != null) {
            request = request.header("Idempotency-Key", idempotencyKey);
        }
        return request.post("/api/transfers");
    }

    private long entries(long account) {
        return new Database(dataSource).count("SELECT count(*) FROM entries WHERE account_id = ?", account);
    }

    @Test
    void aEurToUsdTransferMovesBothAmountsAndShowsTheRateOnBothLegsEverywhere() {
        String token = Api.newUser();
        long dollars = mainAccount(token);
        long euros = openAccount(token, "Euros", "EUR");
        deposit(token, euros, "250.00").then().statusCode(201);

        Response answer;
        try (SseClient stream = SseClient.open(token, null)) {
            await().until(() -> hub.openStreams() >= 1);
            answer = transfer(token, euros, dollars, "100.00", "108.50", null);
            answer.then().statusCode(201)
                    .body("from.balance", equalTo("150.00"))
                    .body("from.entry.type", equalTo("transfer_out"))
                    .body("from.entry.amount", equalTo("100.00"))
                    .body("from.entry.currency", equalTo("EUR"))
                    .body("from.entry.rate", equalTo("1.085"))
                    .body("from.entry.counterAmount", equalTo("108.50"))
                    .body("from.entry.counterCurrency", equalTo("USD"))
                    .body("to.balance", equalTo("108.50"))
                    .body("to.entry.type", equalTo("transfer_in"))
                    .body("to.entry.amount", equalTo("108.50"))
                    .body("to.entry.currency", equalTo("USD"))
                    .body("to.entry.rate", equalTo("1.085"))
                    .body("to.entry.counterAmount", equalTo("100.00"))
                    .body("to.entry.counterCurrency", equalTo("EUR"));
            List<SseClient.Event> events = stream.take(4, PATIENCE);
            assertThat(events).extracting(SseClient.Event::name).containsExactly("entry", "balance", "entry",
                    "balance");
            assertThat(events.get(0).data()).contains("\"rate\":\"1.085\"", "\"counterAmount\":\"108.50\"",
                    "\"counterCurrency\":\"USD\"");
            assertThat(events.get(2).data()).contains("\"rate\":\"1.085\"", "\"counterAmount\":\"100.00\"",
                    "\"counterCurrency\":\"EUR\"");
        }
        long in = answer.<Integer>path("to.entry.id");

        Api.as(token).get("/api/accounts/" + dollars + "/transactions").then().statusCode(200)
                .body("items[0].rate", equalTo("1.085"))
                .body("items[0].counterAmount", equalTo("100.00"))
                .body("items[0].counterCurrency", equalTo("EUR"));
        Api.as(token).get("/api/accounts/" + euros + "/transactions").then().statusCode(200)
                .body("items[0].rate", equalTo("1.085"))
                .body("items[0].counterAmount", equalTo("108.50"))
                .body("items[1].type", equalTo("deposit"))
                .body("items[1].rate", nullValue())
                .body("items[1].counterAmount", nullValue())
                .body("items[1].counterCurrency", nullValue());
        Api.as(token).get("/api/entries/" + in).then().statusCode(200)
                .body("entry.rate", equalTo("1.085"))
                .body("entry.counterAmount", equalTo("100.00"));
        String csv = Api.as(token).get("/api/accounts/" + euros + "/transactions.csv").then().statusCode(200)
                .extract().asString();
        assertThat(csv).contains(",rate,counter_amount,counter_currency,")
                .contains(",1.085,108.50,USD,150.00,Main\r\n");

        verify(token, euros).then().statusCode(200).body("ok", equalTo(true)).body("balance", equalTo("150.00"));
        verify(token, dollars).then().statusCode(200).body("ok", equalTo(true)).body("balance", equalTo("108.50"));
    }

    @Test
    void aRateThatDoesNotTerminateIsRoundedToTenSignificantDigits() {
        String token = Api.newUser();
        long dollars = mainAccount(token);
        long euros = openAccount(token, "Euros", "EUR");
        long yen = openAccount(token, "Yen", "JPY");
        deposit(token, euros, "10.00").then().statusCode(201);
        transfer(token, euros, dollars, "3.00", "10.00", null).then().statusCode(201)
                .body("from.entry.rate", equalTo("3.333333333"));
        transfer(token, dollars, yen, "2.00", "301", null).then().statusCode(201)
                .body("from.entry.rate", equalTo("150.5"))
                .body("to.entry.amount", equalTo("301"))
                .body("to.entry.counterAmount", equalTo("2.00"));
        transfer(token, yen, dollars, "7", "0.05", null).then().statusCode(201)
                .body("to.entry.rate", equalTo("0.007142857143"));
    }

    @Test
    void aSameCurrencyTransferHasNoRateAndToAmountMayOnlyRepeatTheAmount() {
        String token = Api.newUser();
        long main = mainAccount(token);
        long savings = openAccount(token, "Savings", "USD");
        deposit(token, main, "100.00").then().statusCode(201);
        transfer(token, main, savings, "40.00", null, null).then().statusCode(201)
                .body("from.entry.rate", nullValue())
                .body("from.entry.counterAmount", equalTo("40.00"))
                .body("from.entry.counterCurrency", equalTo("USD"))
                .body("to.entry.rate", nullValue());
        transfer(token, main, savings, "10.00", "10", null).then().statusCode(201)
                .body("to.entry.amount", equalTo("10.00"));
        transfer(token, main, savings, "10.00", "10.01", null).then().statusCode(400)
                .body("type", equalTo("/problems/invalid-input"))
                .body("errors[0].field", equalTo("toAmount"))
                .body("detail", equalTo("Both accounts are in USD, so the amount that arrives is the amount sent: "
                        + "leave this out or enter 10.00."));
        assertThat(balance(token, main)).isEqualTo("50.00");
        assertThat(balance(token, savings)).isEqualTo("50.00");
    }

    @Test
    void withoutToAmountOrWithABadOneACrossCurrencyTransferIsRefusedAndWritesNothing() {
        String token = Api.newUser();
        long dollars = mainAccount(token);
        long yen = openAccount(token, "Yen", "JPY");
        deposit(token, dollars, "100.00").then().statusCode(201);
        transfer(token, dollars, yen, "10.00", null, null).then().statusCode(400)
                .body("type", equalTo("/problems/invalid-input"))
                .body("errors[0].field", equalTo("toAmount"))
                .body("detail", equalTo("This transfer goes from USD to JPY: enter the amount that arrives in JPY."));
        transfer(token, dollars, yen, "10.00", "1500.5", null).then().statusCode(400)
                .body("errors[0].field", equalTo("toAmount"))
                .body("detail", equalTo("JPY amounts are whole numbers, without decimal places."));
        for (String bad : List.of("0", "-5", "1e3", "", "1000000000.01")) {
            transfer(token, dollars, yen, "10.00", bad, null).then().statusCode(400)
                    .body("errors[0].field", equalTo("toAmount"));
        }
        assertThat(entries(yen)).isZero();
        assertThat(balance(token, dollars)).isEqualTo("100.00");
    }

    @Test
    void aCrossCurrencyTransferNeverTakesTheSourceBelowZero() {
        String token = Api.newUser();
        long dollars = mainAccount(token);
        long euros = openAccount(token, "Euros", "EUR");
        deposit(token, dollars, "50.00").then().statusCode(201);
        transfer(token, dollars, euros, "50.01", "46.00", null).then().statusCode(409)
                .body("type", equalTo("/problems/insufficient-funds"));
        transfer(token, dollars, euros, "50.00", "46.00", null).then().statusCode(201)
                .body("from.balance", equalTo("0.00"));
        transfer(token, dollars, euros, "0.01", "0.01", null).then().statusCode(409);
        assertThat(balance(token, dollars)).isEqualTo("0.00");
        assertThat(balance(token, euros)).isEqualTo("46.00");
        assertThat(entries(dollars) + entries(euros)).isEqualTo(3);
    }

    @Test
    void aRetryWithTheSameKeyIsAnsweredTheSameAndADifferentToAmountUnderItIsRefused() {
        String token = Api.newUser();
        long dollars = mainAccount(token);
        long euros = openAccount(token, "Euros", "EUR");
        deposit(token, euros, "100.00").then().statusCode(201);
        String first = transfer(token, euros, dollars, "10.00", "10.85", "fx-1").then().statusCode(201)
                .extract().asString();
        String again = transfer(token, euros, dollars, "10.00", "10.85", "fx-1").then().statusCode(201)
                .extract().asString();
        assertThat(again).isEqualTo(first);
        transfer(token, euros, dollars, "10.00", "10.86", "fx-1").then().statusCode(422)
                .body("type", equalTo("/problems/idempotency-key-reused"));
        assertThat(balance(token, euros)).isEqualTo("90.00");
        assertThat(balance(token, dollars)).isEqualTo("10.85");
    }

    @Test
    void reversingOneLegOfACrossCurrencyTransferSendsBothAmountsBack() {
        String token = Api.newUser();
        long dollars = mainAccount(token);
        long euros = openAccount(token, "Euros", "EUR");
        deposit(token, euros, "100.00").then().statusCode(201);
        Response transfer = transfer(token, euros, dollars, "100.00", "108.50", null);
        long in = transfer.<Integer>path("to.entry.id");
        long out = transfer.<Integer>path("from.entry.id");

        Api.jsonAs(token).body("{}").post("/api/entries/" + in + "/reversal").then().statusCode(201)
                .body("from.entry.accountId", equalTo((int) dollars))
                .body("from.entry.type", equalTo("transfer_out"))
                .body("from.entry.amount", equalTo("108.50"))
                .body("from.entry.currency", equalTo("USD"))
                .body("from.entry.counterAmount", equalTo("100.00"))
                .body("from.entry.counterCurrency", equalTo("EUR"))
                .body("from.entry.rate", equalTo("0.9216589862"))
                .body("from.entry.reversalOf", equalTo((int) in))
                .body("from.balance", equalTo("0.00"))
                .body("to.entry.accountId", equalTo((int) euros))
                .body("to.entry.amount", equalTo("100.00"))
                .body("to.entry.currency", equalTo("EUR"))
                .body("to.entry.rate", equalTo("0.9216589862"))
                .body("to.entry.reversalOf", equalTo((int) out))
                .body("to.balance", equalTo("100.00"));
        Api.as(token).get("/api/entries/" + out).then().statusCode(200).body("entry.reversedBy", equalTo(
                Api.as(token).get("/api/accounts/" + euros + "/transactions").<Integer>path("items[0].id")));
        verify(token, euros).then().body("ok", equalTo(true));
        verify(token, dollars).then().body("ok", equalTo(true));
    }

    @Test
    void theOtherLegsAmountAndCurrencyArePartOfTheChain() {
        String token = Api.newUser();
        long dollars = mainAccount(token);
        long euros = openAccount(token, "Euros", "EUR");
        deposit(token, euros, "100.00").then().statusCode(201);
        Response transfer = transfer(token, euros, dollars, "100.00", "108.50", null);
        long in = transfer.<Integer>path("to.entry.id");
        long out = transfer.<Integer>path("from.entry.id");
        Database database = new Database(dataSource);

        database.update("UPDATE entries SET counter_amount_minor = 9000 WHERE id = ?", in);
        verify(token, dollars).then().statusCode(200).body("ok", equalTo(false))
                .body("firstBrokenEntryId", equalTo((int) in));
        database.update("UPDATE entries SET counter_amount_minor = 10000 WHERE id = ?", in);
        verify(token, dollars).then().body("ok", equalTo(true));

        database.update("UPDATE entries SET counter_currency = 'GBP' WHERE id = ?", out);
        verify(token, euros).then().statusCode(200).body("ok", equalTo(false))
                .body("firstBrokenEntryId", equalTo((int) out));
    }
}
