package app.ledger.persistence;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import app.ledger.support.Api;
import app.ledger.support.Database;
import app.ledger.support.Ledger;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIf;

/**
 * A database whose disk is full (SQLite's max_page_count, see {@link PageLimit}): writes answer 503 with
 * Retry-After and readiness is DOWN; once there is room again, readiness comes back by itself and writes
 * go through, with nothing lost.
 */
@QuarkusTest
@DisabledIf(value = "app.ledger.support.TestDatabase#isPostgres", disabledReason = "SQLite's max_page_count")
class StorageFullTest {

    private static final String DATABASE_CHECK = "checks.find { it.name == 'database' }";

    @Inject
    AgroalDataSource dataSource;

    @AfterEach
    void roomAgain() {
        PageLimit.set(PageLimit.NONE);
    }

    private static Response depositWithText(String token, long account, int i) {
        return Ledger.post(token, account, "deposits",
                Map.of("amount", "1.00", "description", i + " " + "filler text ".repeat(40)), null);
    }

    private static Response readiness() {
        return given().get("/q/health/ready");
    }

    @Test
    void aFullDiskAnswers503WithRetryAfterAndReadinessIsDownUntilThereIsRoomAgain() {
        String token = Api.newUser();
        long account = Ledger.mainAccount(token);
        Ledger.deposit(token, account, "1.00").then().statusCode(201);
        readiness().then().statusCode(200);
        long pages = new Database(dataSource).count("PRAGMA page_count");

        PageLimit.set(pages + 3);
        int accepted = 1;
        Response refused = null;
        for (int i = 0; i < 500 && refused == null; i++) {
            Response response = depositWithText(token, account, i);
            if (response.statusCode() == 201) {
                accepted++;
            } else {
                refused = response;
            }
        }

        assertThat(refused).as("the disk never filled up").isNotNull();
        refused.then().statusCode(503).contentType("application/problem+json")
                .body("type", equalTo("/problems/storage-unavailable"))
                .body("status", equalTo(503))
                .header("Retry-After", "10");
        depositWithText(token, account, 1000).then().statusCode(503);
        readiness().then().statusCode(503).body(DATABASE_CHECK + ".status", equalTo("DOWN"))
                .body(DATABASE_CHECK + ".data.storage", equalTo("refusing writes"))
                .body(DATABASE_CHECK + ".data.error", equalTo("SQLITE_FULL"));
        assertThat(Ledger.balance(token, account)).as("reads still work and nothing half-written shows")
                .isEqualTo(accepted + ".00");

        PageLimit.set(PageLimit.NONE);
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> readiness().statusCode() == 200);
        Ledger.deposit(token, account, "1.00").then().statusCode(201)
                .body("balance", equalTo((accepted + 1) + ".00"));
        Ledger.verify(token, account).then().statusCode(200).body("ok", equalTo(true))
                .body("entriesChecked", equalTo(accepted + 1));
    }

    @Test
    void theNextSuccessfulWriteAlsoClearsTheMark() {
        String token = Api.newUser();
        long account = Ledger.mainAccount(token);
        Ledger.deposit(token, account, "1.00").then().statusCode(201);
        PageLimit.set(new Database(dataSource).count("PRAGMA page_count") + 3);
        Response refused = null;
        for (int i = 0; i < 500 && refused == null; i++) {
            Response response = depositWithText(token, account, i);
            refused = response.statusCode() == 201 ? null : response;
        }
        assertThat(refused).isNotNull();
        refused.then().statusCode(503);

        PageLimit.set(PageLimit.NONE);
        Ledger.deposit(token, account, "1.00").then().statusCode(201);
        readiness().then().statusCode(200);
    }
}
