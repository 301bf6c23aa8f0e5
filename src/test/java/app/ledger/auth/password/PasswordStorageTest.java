package app.ledger.auth.password;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import app.ledger.persistence.InstantMicrosConverter;
import app.ledger.support.Api;
import app.ledger.support.Database;
import io.agroal.api.AgroalDataSource;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Stored passwords over HTTP: no two passwords open one account, and hashes stored before still work. */
@QuarkusTest
class PasswordStorageTest {

    @Inject
    AgroalDataSource dataSource;

    private Database db() {
        return new Database(dataSource);
    }

    private static Response login(String username, String password) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", password))
                .post("/api/auth/login");
    }

    private String storedHash(String username) {
        return (String) db().rows("SELECT password_hash FROM users WHERE username = ?", username).get(0)
                .get("password_hash");
    }

    /** A user as an existing database holds one: the password bcrypted as it is. */
    private void insertLegacyUser(String username, String password) {
        db().update("INSERT INTO users (username, password_hash, created_at) VALUES (?, ?, ?)", username,
                BcryptUtil.bcryptHash(password, 4), InstantMicrosConverter.toMicros(Instant.now()));
    }

    @Test
    void aPasswordSharingTheFirst72BytesOfAnotherDoesNotLogIn() {
        String username = Api.uniqueUsername();
        Api.register(username, "A".repeat(72) + "tail");

        login(username, "A".repeat(72) + "WRONG").then().statusCode(401);
        login(username, "A".repeat(72) + "tail").then().statusCode(200);
        assertThat(storedHash(username)).startsWith("$hmac-sha256$$2a$");
    }

    @Test
    void aPlainBcryptHashFromAnExistingDatabaseStillLogsInAndIsUpgraded() {
        String username = Api.uniqueUsername();
        insertLegacyUser(username, Api.PASSWORD);
        assertThat(storedHash(username)).startsWith("$2a$04$");

        login(username, "not the password").then().statusCode(401);
        assertThat(storedHash(username)).startsWith("$2a$04$");
        login(username, Api.PASSWORD).then().statusCode(200);
        assertThat(storedHash(username)).startsWith("$hmac-sha256$$2a$04$");
        login(username, Api.PASSWORD).then().statusCode(200);
    }

    @Test
    void onceUpgradedALongLegacyPasswordNoLongerSharesItsAccount() {
        String username = Api.uniqueUsername();
        insertLegacyUser(username, "B".repeat(72) + "tail");
        login(username, "B".repeat(72) + "tail").then().statusCode(200);

        login(username, "B".repeat(72) + "WRONG").then().statusCode(401);
    }
}
