package app.ledger.persistence;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import app.ledger.support.Database;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Duration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * Once writes were refused, readiness stays DOWN until a write goes through again, and it tries one by
 * itself (on SQLite and on PostgreSQL), leaving nothing behind.
 */
@QuarkusTest
class StorageProbeTest {

    private static final String DATABASE_CHECK = "checks.find { it.name == 'database' }";

    @Inject
    StorageHealth storage;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void readinessProbesAWriteAndComesBackOnceTheDatabaseTakesWritesAgain() {
        Throwable answer = storage.translate(new SQLException("could not extend file: No space left on device",
                "53100"));
        assertThat(answer).isInstanceOf(StorageUnavailableException.class);
        assertThat(storage.refusingWrites()).isPresent();

        Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(500))
                .until(() -> given().get("/q/health/ready").statusCode() == 200);

        given().get("/q/health/ready").then().body(DATABASE_CHECK + ".status", equalTo("UP"));
        assertThat(storage.refusingWrites()).isEmpty();
        assertThat(new Database(dataSource).count("SELECT count(*) FROM storage_probe")).isZero();
    }
}
