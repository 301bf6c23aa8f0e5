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
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code ledger.registration.mode=closed}: after the first user, only a logged-in user adds users. */
@QuarkusTest
@TestProfile(ClosedRegistrationTest.Closed.class)
class ClosedRegistrationTest {

    public static class Closed implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("ledger.registration.mode", "closed");
        }
    }

    @Inject
    AgroalDataSource dataSource;

    private long users() {
        return new Database(dataSource).count("SELECT count(*) FROM users");
    }

    private static io.restassured.response.Response register(RequestSpecification as, String username) {
        return as.contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", Api.PASSWORD))
                .post("/api/auth/register");
    }

    @Test
    void onlyALoggedInUserCanAddUsersOnceTheFirstExists() {
        assertThat(users()).as("this profile starts on an empty database").isZero();
        String first = Api.uniqueUsername();
        register(given(), first).then().statusCode(201);

        register(given(), Api.uniqueUsername()).then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/registration-closed"));
        register(Api.as("not-a-valid-token"), Api.uniqueUsername()).then().statusCode(403);
        assertThat(users()).isEqualTo(1);

        String token = Api.login(first, Api.PASSWORD);
        String added = Api.uniqueUsername();
        register(Api.as(token), added).then().statusCode(201).body("username", equalTo(added));
        Api.login(added, Api.PASSWORD);
        assertThat(users()).isEqualTo(2);
    }
}
