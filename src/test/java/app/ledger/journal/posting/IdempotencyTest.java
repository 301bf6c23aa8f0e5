package app.ledger.journal.posting;

import static app.ledger.support.Ledger.balance;
import static app.ledger.support.Ledger.deposit;
import static app.ledger.support.Ledger.mainAccount;
import static app.ledger.support.Ledger.openAccount;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import app.ledger.journal.posting.idempotency.IdempotencyStore;
import app.ledger.persistence.InstantMicrosConverter;
import app.ledger.support.Api;
import app.ledger.support.Database;
import app.ledger.support.Ledger;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class IdempotencyTest {

    @Inject
    AgroalDataSource dataSource;

    private Database db() {
        return new Database(dataSource);
    }

    @Test
    void aRetryReturnsTheFirstAnswerWithoutASecondEntry() {
        String token = Api.newUser();
        long account = mainAccount(token);
        Response first = Ledger.post(token, account, "deposits", Map.of("amount", "5.00"), "retry-1");
        Response again = Ledger.post(token, account, "deposits", Map.of("amount", "5.00"), "retry-1");
        first.then().statusCode(201);
        again.then().statusCode(201);
        assertThat(again.asString()).isEqualTo(first.asString());
        assertThat(balance(token, account)).isEqualTo("5.00");
        assertThat(db().count("SELECT count(*) FROM entries WHERE account_id = ?", account)).isEqualTo(1);
        assertThat(db().rows("SELECT idempotency_key FROM entries WHERE account_id = ?", account).get(0))
                .containsEntry("idempotency_key", "retry-1");
    }

    @Test
    void theSameKeyWithADifferentRequestIs422AndWritesNothing() {
        String token = Api.newUser();
        long account = mainAccount(token);
        long other = openAccount(token, "Other", "USD");
        Ledger.post(token, account, "deposits", Map.of("amount", "5.00"), "k-422").then().statusCode(201);
        Ledger.post(token, account, "deposits", Map.of("amount", "6.00"), "k-422").then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/idempotency-key-reused"));
        Ledger.post(token, account, "withdrawals", Map.of("amount", "5.00"), "k-422").then().statusCode(422);
        Ledger.post(token, other, "deposits", Map.of("amount", "5.00"), "k-422").then().statusCode(422);
        assertThat(balance(token, account)).isEqualTo("5.00");
        assertThat(balance(token, other)).isEqualTo("0.00");
    }

    @Test
    void keysBelongToOneUser() {
        String alice = Api.newUser();
        String bob = Api.newUser();
        Ledger.post(alice, mainAccount(alice), "deposits", Map.of("amount", "1.00"), "shared").then().statusCode(201);
        Ledger.post(bob, mainAccount(bob), "deposits", Map.of("amount", "2.00"), "shared").then().statusCode(201)
                .body("balance", equalTo("2.00"));
    }

    @Test
    void aRefusedWriteIsNotRecordedSoARetryCanSucceedLater() {
        String token = Api.newUser();
        long account = mainAccount(token);
        Ledger.post(token, account, "withdrawals", Map.of("amount", "3.00"), "later").then().statusCode(409);
        deposit(token, account, "3.00").then().statusCode(201);
        Ledger.post(token, account, "withdrawals", Map.of("amount", "3.00"), "later").then().statusCode(201)
                .body("balance", equalTo("0.00"));
    }

    @Test
    void aKeyOlderThan24HoursStartsAfresh() {
        String token = Api.newUser();
        long account = mainAccount(token);
        Ledger.post(token, account, "deposits", Map.of("amount", "1.00"), "old-key").then().statusCode(201);
        long dayAndMinuteAgo = InstantMicrosConverter.toMicros(Instant.now().minus(Duration.ofHours(24).plusMinutes(1)));
        assertThat(db().update("UPDATE idempotency_records SET created_at = ? WHERE idem_key = 'old-key'",
                dayAndMinuteAgo)).isEqualTo(1);
        Ledger.post(token, account, "deposits", Map.of("amount", "2.00"), "old-key").then().statusCode(201)
                .body("balance", equalTo("3.00"));
    }

    @Inject
    IdempotencyStore store;

    @Test
    void recordsOlderThan24HoursArePrunedAndNewerOnesKept() throws Throwable {
        String token = Api.newUser();
        long account = mainAccount(token);
        Ledger.post(token, account, "deposits", Map.of("amount", "1.00"), "prune-old").then().statusCode(201);
        Ledger.post(token, account, "deposits", Map.of("amount", "1.00"), "prune-new").then().statusCode(201);
        long dayAndMinuteAgo = InstantMicrosConverter.toMicros(Instant.now().minus(Duration.ofHours(24).plusMinutes(1)));
        db().update("UPDATE idempotency_records SET created_at = ? WHERE idem_key = 'prune-old'", dayAndMinuteAgo);

        long removed = io.quarkus.vertx.VertxContextSupport.subscribeAndAwait(() -> store.prune());

        assertThat(removed).isGreaterThanOrEqualTo(1);
        assertThat(db().count("SELECT count(*) FROM idempotency_records WHERE idem_key = 'prune-old'")).isZero();
        assertThat(db().count("SELECT count(*) FROM idempotency_records WHERE idem_key = 'prune-new'")).isEqualTo(1);
        assertThat(db().count("SELECT count(*) FROM entries WHERE account_id = ?", account)).isEqualTo(2);
    }

    @Test
    void malformedKeysAreRefused() {
        String token = Api.newUser();
        long account = mainAccount(token);
        Ledger.post(token, account, "deposits", Map.of("amount", "1.00"), "x".repeat(256)).then().statusCode(400)
                .body("errors[0].field", equalTo("Idempotency-Key"));
        Ledger.post(token, account, "deposits", Map.of("amount", "1.00"), "has space").then().statusCode(400);
        assertThat(balance(token, account)).isEqualTo("0.00");
    }

    @Test
    void anEmptyOrBlankKeyIsRefusedRatherThanIgnored() {
        String token = Api.newUser();
        long account = mainAccount(token);
        for (String blank : new String[] {"", " ", "\t"}) {
            Ledger.post(token, account, "deposits", Map.of("amount", "1.00"), blank).then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("type", equalTo("/problems/invalid-input"))
                    .body("errors[0].field", equalTo("Idempotency-Key"));
            Api.jsonAs(token).header("Idempotency-Key", blank)
                    .body(Map.of("fromAccountId", account, "toAccountId", account + 1, "amount", "1.00"))
                    .post("/api/transfers").then().statusCode(400)
                    .body("errors.field", org.hamcrest.Matchers.hasItem("Idempotency-Key"));
        }
        assertThat(balance(token, account)).isEqualTo("0.00");
        assertThat(db().count("SELECT count(*) FROM entries WHERE account_id = ?", account)).isZero();
    }

    @Test
    void transfersAreIdempotentToo() {
        String token = Api.newUser();
        long main = mainAccount(token);
        long savings = openAccount(token, "Savings", "USD");
        deposit(token, main, "10.00").then().statusCode(201);
        Map<String, Object> body = Map.of("fromAccountId", main, "toAccountId", savings, "amount", "4.00");
        String first = Api.jsonAs(token).header("Idempotency-Key", "t-1").body(body).post("/api/transfers").asString();
        String again = Api.jsonAs(token).header("Idempotency-Key", "t-1").body(body).post("/api/transfers").asString();
        assertThat(again).isEqualTo(first);
        assertThat(balance(token, main)).isEqualTo("6.00");
        assertThat(balance(token, savings)).isEqualTo("4.00");
    }
}
