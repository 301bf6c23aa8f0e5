package app.ledger.auth;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import app.ledger.support.Api;
import app.ledger.support.Database;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One address registering users as fast as it can: after the hourly allowance, 429 and nothing stored. */
@QuarkusTest
@TestProfile(RegistrationLimitTest.ThreePerHour.class)
class RegistrationLimitTest {

    public static class ThreePerHour implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("ledger.registration.per-address-per-hour", "3");
        }
    }

    @Inject
    AgroalDataSource dataSource;

    private static Response register(String username) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", Api.PASSWORD))
                .post("/api/auth/register");
    }

    @Test
    void afterTheHourlyAllowanceRegistrationsAreRefusedWith429AndRetryAfter() {
        register("x").then().statusCode(400);
        for (int i = 0; i < 3; i++) {
            register(Api.uniqueUsername()).then().statusCode(201);
        }
        long users = new Database(dataSource).count("SELECT count(*) FROM users");

        Response refused = register(Api.uniqueUsername());
        refused.then().statusCode(429)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/too-many-registrations"));
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(3500L, 3600L);
        assertThat(refused.path("detail").toString()).matches(
                "Too many users were registered from your address\\. Try again in (59|60) minutes\\.");
        assertThat(new Database(dataSource).count("SELECT count(*) FROM users")).isEqualTo(users);
    }
}
