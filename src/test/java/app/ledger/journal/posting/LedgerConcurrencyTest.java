package app.ledger.journal.posting;

import static app.ledger.support.Ledger.balance;
import static app.ledger.support.Ledger.deposit;
import static app.ledger.support.Ledger.mainAccount;
import static app.ledger.support.Ledger.openAccount;
import static app.ledger.support.Ledger.transfer;
import static app.ledger.support.Ledger.verify;
import static app.ledger.support.Ledger.withdraw;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import app.ledger.support.Api;
import app.ledger.support.Database;
import app.ledger.support.Ledger;
import app.ledger.support.Parallel;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LedgerConcurrencyTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void twoHundredParallelWithdrawalsOfOneFromAHundredLetExactlyAHundredThrough() {
        String token = Api.newUser();
        long account = mainAccount(token);
        deposit(token, account, "100.00").then().statusCode(201);

        List<Integer> statuses = Parallel.run(200, 64, i -> withdraw(token, account, "1.00").statusCode());

        assertThat(statuses).filteredOn(s -> s == 201).hasSize(100);
        assertThat(statuses).filteredOn(s -> s == 409).hasSize(100);
        assertThat(balance(token, account)).isEqualTo("0.00");
        verify(token, account).then().statusCode(200).body("ok", equalTo(true)).body("entriesChecked", equalTo(101));
        Database db = new Database(dataSource);
        assertThat(db.count("SELECT count(*) FROM entries WHERE account_id = ? AND type = 'withdrawal'", account))
                .isEqualTo(100);
        assertThat(db.count("SELECT balance_minor FROM accounts WHERE id = ?", account)).isZero();
    }

    @Test
    void parallelTransfersInBothDirectionsConserveTheTotalWithoutErrors() {
        String token = Api.newUser();
        long a = mainAccount(token);
        long b = openAccount(token, "Savings", "USD");
        deposit(token, a, "50.00").then().statusCode(201);
        deposit(token, b, "50.00").then().statusCode(201);

        List<Integer> statuses = Parallel.run(300, 64, i -> (i % 2 == 0
                ? transfer(token, a, b, "3.00") : transfer(token, b, a, "2.00")).statusCode());

        assertThat(statuses).allSatisfy(s -> assertThat(s).isIn(201, 409));
        long total = new Database(dataSource).count(
                "SELECT sum(balance_minor) FROM accounts WHERE id IN (?, ?)", a, b);
        assertThat(total).isEqualTo(10_000);
        verify(token, a).then().body("ok", equalTo(true));
        verify(token, b).then().body("ok", equalTo(true));
        long transfersIn = new Database(dataSource).count(
                "SELECT count(*) FROM entries WHERE account_id IN (?, ?) AND type = 'transfer_in'", a, b);
        assertThat(transfersIn).isEqualTo(statuses.stream().filter(s -> s == 201).count());
    }

    @Test
    void parallelRequestsWithOneIdempotencyKeyWriteOneEntry() {
        String token = Api.newUser();
        long account = mainAccount(token);

        List<String> bodies = Parallel.run(30, 30, i -> {
            var response = Ledger.post(token, account, "deposits", Map.of("amount", "7.00"), "same-key-123");
            assertThat(response.statusCode()).isEqualTo(201);
            return response.asString();
        });

        assertThat(bodies).containsOnly(bodies.get(0));
        assertThat(balance(token, account)).isEqualTo("7.00");
        assertThat(new Database(dataSource).count("SELECT count(*) FROM entries WHERE account_id = ?", account))
                .isEqualTo(1);
    }

    @Test
    void manyUsersDepositingAtOnceEachGetTheirOwnBalance() {
        List<String> tokens = Parallel.run(8, 8, i -> Api.newUser());
        List<Integer> statuses = Parallel.run(400, 64, i -> {
            String token = tokens.get(i % tokens.size());
            return deposit(token, mainAccount(token), "0.25").statusCode();
        });
        assertThat(statuses).containsOnly(201);
        for (String token : tokens) {
            assertThat(balance(token, mainAccount(token))).isEqualTo("12.50");
            verify(token, mainAccount(token)).then().body("ok", equalTo(true));
        }
    }
}
