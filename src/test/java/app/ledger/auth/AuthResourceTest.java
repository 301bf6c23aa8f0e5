package app.ledger.auth;

import static app.ledger.support.Api.PASSWORD;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import app.ledger.support.Api;
import app.ledger.support.Database;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class AuthResourceTest {

    @Inject
    AgroalDataSource dataSource;

    private Database db() {
        return new Database(dataSource);
    }

    private static Response register(Object username, Object password) {
        Map<String, Object> body = new HashMap<>();
        body.put("username", username);
        body.put("password", password);
        return given().contentType(ContentType.JSON).body(body).post("/api/auth/register");
    }

    private static Response login(String username, String password) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", password))
                .post("/api/auth/login");
    }

    @Test
    void registerLoginMeLogoutAndTheTokenIsRefusedAfterwards() {
        String username = Api.uniqueUsername();
        int id = register(username, PASSWORD).then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.matchesPattern("http://[^/]+/api/me"))
                .body("username", equalTo(username))
                .body("createdAt", notNullValue())
                .extract().path("id");

        Response login = given().contentType(ContentType.JSON).header("User-Agent", "Ledger test\tclient")
                .body(Map.of("username", username, "password", PASSWORD)).post("/api/auth/login");
        login.then().statusCode(200)
                .header("Cache-Control", "no-store")
                .body("tokenType", equalTo("Bearer"))
                .body("user.id", equalTo(id))
                .body("expiresAt", notNullValue());
        String token = login.path("token");
        String sessionId = Api.claim(token, "sid");
        assertThat(sessionId).matches("[A-Za-z0-9_-]{22}");
        var session = db().rows("SELECT * FROM sessions WHERE id = ?", sessionId);
        assertThat(session).hasSize(1);
        assertThat(session.get(0)).containsEntry("user_id", (long) id)
                .containsEntry("user_agent", "Ledger test client")
                .containsEntry("address", "127.0.0.1")
                .containsEntry("last_seen_at", session.get(0).get("created_at"));
        assertThat(((Number) session.get(0).get("expires_at")).longValue())
                .isEqualTo(java.time.Instant.parse(login.path("expiresAt")).toEpochMilli() * 1000);

        Api.as(token).get("/api/me").then().statusCode(200)
                .body("id", equalTo(id)).body("username", equalTo(username));

        Api.as(token).post("/api/auth/logout").then().statusCode(204);

        Api.as(token).get("/api/me").then().statusCode(401)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/unauthorized"));
        assertThat(db().count("SELECT count(*) FROM sessions WHERE id = ?", sessionId)).isZero();
    }

    @Test
    void everyLoginOpensItsOwnSessionAndAnOverlongUserAgentIsCut() {
        String username = Api.uniqueUsername();
        Api.register(username, PASSWORD);
        String first = Api.login(username, PASSWORD);
        String second = given().contentType(ContentType.JSON).header("User-Agent", "x".repeat(5000))
                .body(Map.of("username", username, "password", PASSWORD)).post("/api/auth/login")
                .then().statusCode(200).extract().path("token");
        assertThat(Api.claim(first, "sid")).isNotEqualTo(Api.claim(second, "sid"));
        assertThat(db().rows("SELECT user_agent FROM sessions WHERE id = ?", Api.claim(second, "sid")).get(0)
                .get("user_agent")).isEqualTo("x".repeat(256));

        Api.as(first).post("/api/auth/logout").then().statusCode(204);
        Api.as(first).get("/api/me").then().statusCode(401);
        Api.as(second).get("/api/me").then().statusCode(200);
    }

    @Test
    void registrationStoresABcryptHashAndOpensTheMainAccount() {
        String username = Api.uniqueUsername();
        register(username, PASSWORD).then().statusCode(201);

        var user = db().rows("SELECT id, password_hash FROM users WHERE username = ?", username).get(0);
        String hash = (String) user.get("password_hash");
        assertThat(hash).startsWith("$hmac-sha256$$2a$04$").doesNotContain(PASSWORD);

        var accounts = db().rows("SELECT name, currency, balance_minor FROM accounts WHERE user_id = ?", user.get("id"));
        assertThat(accounts).hasSize(1);
        assertThat(accounts.get(0)).containsEntry("name", "Main").containsEntry("currency", "USD")
                .containsEntry("balance_minor", 0L);
    }

    @Test
    void usernamesAreUniqueRegardlessOfCaseAndStoredInLowerCase() {
        String username = Api.uniqueUsername();
        register(username.toUpperCase(), PASSWORD).then().statusCode(201).body("username", equalTo(username));
        register(username, PASSWORD).then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/username-taken"))
                .body("detail", equalTo("This username is already taken. Choose another one."))
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("username"))
                .body("errors[0].message", equalTo("This username is already taken. Choose another one."));
        assertThat(db().count("SELECT count(*) FROM users WHERE lower(username) = ?", username)).isEqualTo(1);
        login(username.toUpperCase(), PASSWORD).then().statusCode(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ab", "abcdefghijklmnopqrstuvwxyz0123456", "has space", "émile", "semi;colon", "tab\tname"})
    void invalidUsernamesAreRefusedAndNothingIsStored(String username) {
        long before = db().count("SELECT count(*) FROM users");
        register(username, PASSWORD).then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/invalid-input"))
                .body("errors.field", hasItem("username"));
        assertThat(db().count("SELECT count(*) FROM users")).isEqualTo(before);
    }

    @Test
    void missingOrWronglyTypedFieldsAreNamed() {
        register(null, null).then().statusCode(400).body("errors.field", hasItem("username"))
                .body("errors.field", hasItem("password"))
                .body("errors.message", hasItems("Enter a username.", "Enter a password."))
                .body("detail", equalTo("Enter a username. Enter a password."));
        register(12345, PASSWORD).then().statusCode(400).body("errors.field", hasItem("username"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"short", "123456789", ""})
    void passwordsThatAreTooShortAreRefused(String password) {
        register(Api.uniqueUsername(), password).then().statusCode(400).body("errors.field", hasItem("password"));
    }

    @Test
    void passwordsThatAreTooLongOrTheUsernameAreRefused() {
        register(Api.uniqueUsername(), "x".repeat(129)).then().statusCode(400).body("errors.field", hasItem("password"));
        register(Api.uniqueUsername(), "y".repeat(128)).then().statusCode(201);
        String username = "samename" + Api.uniqueUsername().substring(0, 6);
        register(username, username.toUpperCase()).then().statusCode(400)
                .body("errors[0].field", equalTo("password"))
                .body("errors[0].message", equalTo("Choose a password that is not your username."))
                .body("detail", equalTo("Choose a password that is not your username."));
        register("ab", PASSWORD).then().statusCode(400)
                .body("detail", equalTo("Choose a username of 3 to 32 characters."));
        register(Api.uniqueUsername(), "short").then().statusCode(400)
                .body("detail", equalTo("Choose a password of 10 to 128 characters."));
    }

    @Test
    void unknownUserAndWrongPasswordGetTheSameAnswer() {
        String username = Api.uniqueUsername();
        Api.register(username, PASSWORD);
        Response wrongPassword = login(username, "not the password at all");
        Response unknownUser = login(Api.uniqueUsername(), "not the password at all");
        wrongPassword.then().statusCode(401).contentType("application/problem+json");
        unknownUser.then().statusCode(401).contentType("application/problem+json");
        assertThat(wrongPassword.asString()).isEqualTo(unknownUser.asString());
    }

    @Test
    void loginSetsAStrictHttpOnlyCookieThatAuthenticatesRequests() {
        String username = Api.uniqueUsername();
        Api.register(username, PASSWORD);
        Response login = login(username, PASSWORD);
        String setCookie = login.header("Set-Cookie");
        String token = login.path("token");

        assertThat(setCookie).startsWith("ledger_token=" + token + ";")
                .contains("; HttpOnly").contains("; SameSite=Strict").contains("; Path=/")
                .contains("; Max-Age=43200").doesNotContain("Secure");

        given().cookie("ledger_token", token).get("/api/me").then().statusCode(200)
                .body("username", equalTo(username));

        String cleared = given().cookie("ledger_token", token).post("/api/auth/logout")
                .then().statusCode(204).extract().header("Set-Cookie");
        assertThat(cleared).startsWith("ledger_token=;").contains("Max-Age=0").contains("HttpOnly");
        given().cookie("ledger_token", token).get("/api/me").then().statusCode(401);
    }

    @Test
    void theAuthorizationHeaderWinsOverTheCookie() {
        String a = Api.newUser();
        String b = Api.newUser();
        String aName = Api.as(a).get("/api/me").path("username");
        Api.as(a).cookie("ledger_token", b).get("/api/me").then().statusCode(200)
                .body("username", equalTo(aName));

        Api.as(a).post("/api/auth/logout").then().statusCode(204);
        Api.as(a).cookie("ledger_token", b).get("/api/me").then().statusCode(401);
        given().cookie("ledger_token", b).get("/api/me").then().statusCode(200);
    }

    @Test
    void requestsWithoutATokenAreUnauthorized() {
        given().get("/api/me").then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("status", equalTo(401));
        given().get("/api/accounts").then().statusCode(401);
        given().post("/api/auth/logout").then().statusCode(401);
    }

    @Test
    void twentyConcurrentRegistrationsAllSucceed() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            List<String> names = new ArrayList<>();
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                String username = Api.uniqueUsername();
                names.add(username);
                Callable<Integer> call = () -> register(username, PASSWORD).statusCode();
                results.add(pool.submit(call));
            }
            for (Future<Integer> result : results) {
                assertThat(result.get()).isEqualTo(201);
            }
            for (String username : names) {
                assertThat(db().count("SELECT count(*) FROM users u JOIN accounts a ON a.user_id = u.id "
                        + "WHERE u.username = ?", username)).isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void concurrentRegistrationsOfOneUsernameCreateOneUser() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            String username = Api.uniqueUsername();
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                results.add(pool.submit(() -> register(username, PASSWORD).statusCode()));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> result : results) {
                statuses.add(result.get());
            }
            assertThat(statuses).containsOnly(201, 409);
            assertThat(statuses).filteredOn(s -> s == 201).hasSize(1);
            assertThat(db().count("SELECT count(*) FROM users WHERE username = ?", username)).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void meAnswersOnlyTheLoggedInUser() {
        String a = Api.newUser();
        String b = Api.newUser();
        String aName = Api.as(a).get("/api/me").path("username");
        Api.as(b).get("/api/me").then().statusCode(200).body("username", org.hamcrest.Matchers.not(aName));
        Api.as(a).get("/api/accounts").then().statusCode(200).body("$", hasSize(1));
    }
}
