package app.ledger.audit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import app.ledger.auth.totp.Base32;
import app.ledger.auth.totp.SettableTotpClock;
import app.ledger.auth.totp.Totp;
import app.ledger.support.Api;
import app.ledger.support.Database;
import app.ledger.support.Parallel;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** GET /api/me/audit and its verification: each user's security events, hash-chained. */
@QuarkusTest
class AuditResourceTest {

    private static final long STEP = 60_000_000;

    @Inject
    AgroalDataSource dataSource;

    @Inject
    SettableTotpClock clock;

    @Inject
    AuditService audit;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private static Response login(String username, String userAgent, Map<String, String> extra) {
        Map<String, String> body = new HashMap<>(extra);
        body.put("username", username);
        body.putIfAbsent("password", Api.PASSWORD);
        return given().contentType(ContentType.JSON).header("User-Agent", userAgent).body(body)
                .post("/api/auth/login");
    }

    private static String newUserLoggedIn(String username) {
        Api.register(username, Api.PASSWORD);
        return login(username, "Laptop", Map.of()).then().statusCode(200).extract().path("token");
    }

    private long events(String username) {
        return new Database(dataSource).count("SELECT count(*) FROM audit_events a JOIN users u ON u.id = a.user_id "
                + "WHERE u.username = ?", username);
    }

    private static JsonPath page(String token, String cursor) {
        var request = Api.as(token);
        if (cursor != null) {
            request.queryParam("cursor", cursor);
        }
        return request.get("/api/me/audit").then().statusCode(200).extract().jsonPath();
    }

    /** Requests of the logged-in laptop carry its user agent, as a browser's would. */
    private static io.restassured.specification.RequestSpecification asLaptop(String token) {
        return Api.as(token).header("User-Agent", "Laptop");
    }

    private static JsonPath verify(String token) {
        return Api.as(token).get("/api/me/audit/verify").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void theSecurityEventsOfLoginsSessionsPasswordAndSecondFactorAreListedNewestFirstAndVerify() {
        String username = Api.uniqueUsername();
        Api.register(username, Api.PASSWORD);
        login(username, "Guesser", Map.of("password", "a wrong password")).then().statusCode(401);
        await().until(() -> events(username) == 1); // written after the answer, so wait before going on
        String laptop = login(username, "Laptop", Map.of()).then().statusCode(200).extract().path("token");
        String phone = login(username, "Phone", Map.of()).then().statusCode(200).extract().path("token");
        asLaptop(laptop).delete("/api/me/sessions/" + Api.claim(phone, "sid")).then().statusCode(204);
        asLaptop(laptop).contentType(ContentType.JSON)
                .body(Map.of("currentPassword", Api.PASSWORD, "newPassword", "a new long password"))
                .post("/api/me/password").then().statusCode(204);
        byte[] secret = Base32.decode(asLaptop(laptop).post("/api/me/totp").then().statusCode(200)
                .extract().<String>path("secret"));
        clock.atStep(STEP);
        List<String> codes = asLaptop(laptop).contentType(ContentType.JSON)
                .body(Map.of("code", Totp.code(secret, STEP)))
                .post("/api/me/totp/confirm").then().statusCode(200).extract().path("recoveryCodes");
        Map<String, String> newPassword = Map.of("password", "a new long password");
        Map<String, String> withRecoveryCode = new HashMap<>(newPassword);
        withRecoveryCode.put("recoveryCode", codes.get(0));
        login(username, "Tablet", withRecoveryCode).then().statusCode(200);
        Map<String, String> withWrongCode = new HashMap<>(newPassword);
        withWrongCode.put("totp", Totp.code(secret, STEP + 7));
        login(username, "Guesser", withWrongCode).then().statusCode(401);
        clock.atStep(STEP + 1);
        asLaptop(laptop).contentType(ContentType.JSON)
                .body(Map.of("password", "a new long password", "code", Totp.code(secret, STEP + 1)))
                .delete("/api/me/totp").then().statusCode(204);

        JsonPath events = page(laptop, null);

        assertThat(events.getList("items.kind")).containsExactly("second-factor-off", "login-failed",
                "login-succeeded", "recovery-code-used", "second-factor-on", "password-changed", "session-revoked",
                "login-succeeded", "login-succeeded", "login-failed");
        assertThat(events.getList("items.seq", Long.class)).containsExactly(10L, 9L, 8L, 7L, 6L, 5L, 4L, 3L, 2L, 1L);
        assertThat(events.getList("items.userAgent")).containsExactly("Laptop", "Guesser", "Tablet", "Tablet",
                "Laptop", "Laptop", "Laptop", "Phone", "Laptop", "Guesser");
        assertThat(events.getList("items.address")).containsOnly("127.0.0.1");
        assertThat(events.getList("items.at")).doesNotContainNull();
        assertThat(events.getList("items.detail")).containsExactly("confirmed with a code", "wrong second factor",
                "password and recovery code", "to log in", "authenticator app", "0 other sessions ended",
                "session " + Api.claim(phone, "sid"), "password", "password", "wrong password");
        assertThat(events.getString("nextCursor")).isNull();
        JsonPath verification = verify(laptop);
        assertThat(verification.getBoolean("ok")).isTrue();
        assertThat(verification.getLong("eventsChecked")).isEqualTo(10);

        String someoneElse = newUserLoggedIn(Api.uniqueUsername());
        assertThat(page(someoneElse, null).getList("items.kind")).containsExactly("login-succeeded");
    }

    @Test
    void aFailedLoginForAnUnknownUsernameLeavesNoRow() {
        String known = Api.uniqueUsername();
        Api.register(known, Api.PASSWORD);
        long before = new Database(dataSource).count("SELECT count(*) FROM audit_events");

        login(Api.uniqueUsername(), "Guesser", Map.of()).then().statusCode(401);
        login(known, "Guesser", Map.of("password", "a wrong password")).then().statusCode(401);

        // both are written after their answer, in order: once the second is there, the first would be too
        await().until(() -> events(known) == 1);
        assertThat(new Database(dataSource).count("SELECT count(*) FROM audit_events")).isEqualTo(before + 1);
    }

    @Test
    void eventsArePagedNewestFirstWithoutGapsOrRepeats() {
        String username = Api.uniqueUsername();
        String token = newUserLoggedIn(username);
        for (int i = 0; i < AuditService.PAGE + 4; i++) {
            login(username, "Script", Map.of()).then().statusCode(200);
        }

        JsonPath first = page(token, null);
        JsonPath second = page(token, first.getString("nextCursor"));

        List<Long> seqs = new ArrayList<>(first.getList("items.seq", Long.class));
        assertThat(seqs).hasSize(AuditService.PAGE);
        seqs.addAll(second.getList("items.seq", Long.class));
        assertThat(second.getString("nextCursor")).isNull();
        List<Long> expected = new ArrayList<>();
        for (long seq = AuditService.PAGE + 5; seq >= 1; seq--) {
            expected.add(seq);
        }
        assertThat(seqs).isEqualTo(expected);
        Api.as(token).queryParam("cursor", "not-a-cursor").get("/api/me/audit").then().statusCode(400)
                .body("errors[0].field", equalTo("cursor"));
    }

    @Test
    void racingEventsOfOneUserStillFormOneChain() {
        String username = Api.uniqueUsername();
        String token = newUserLoggedIn(username);

        Parallel.run(12, 6, i -> login(username, "Script " + i, Map.of()).then().statusCode(200));

        assertThat(events(username)).isEqualTo(13);
        JsonPath verification = verify(token);
        assertThat(verification.getBoolean("ok")).as(verification.prettify()).isTrue();
        assertThat(verification.getLong("eventsChecked")).isEqualTo(13);
    }

    @Test
    void aChangedEventBreaksTheChainThere() {
        String username = Api.uniqueUsername();
        String token = newUserLoggedIn(username);
        login(username, "Phone", Map.of()).then().statusCode(200);
        login(username, "Tablet", Map.of()).then().statusCode(200);

        new Database(dataSource).update("UPDATE audit_events SET address = '10.9.8.7' WHERE seq = 2 AND user_id = "
                + "(SELECT id FROM users WHERE username = ?)", username);

        JsonPath verification = verify(token);
        assertThat(verification.getBoolean("ok")).isFalse();
        assertThat(verification.getLong("firstBrokenSeq")).isEqualTo(2);
        assertThat(verification.getString("problem")).isEqualTo("its content does not match its hash");
    }

    @Test
    void aRemovedEventBreaksTheChainWhereverItWas() {
        String username = Api.uniqueUsername();
        String token = newUserLoggedIn(username);
        for (int i = 0; i < 3; i++) {
            login(username, "Phone", Map.of()).then().statusCode(200);
        }
        Database database = new Database(dataSource);
        String ofUser = " AND user_id = (SELECT id FROM users WHERE username = ?)";

        database.update("DELETE FROM audit_events WHERE seq = 4" + ofUser, username);
        assertThat(verify(token).getString("problem")).isEqualTo("the chain ends at event 4 but 3 was the last found");

        database.update("DELETE FROM audit_events WHERE seq = 2" + ofUser, username);
        JsonPath verification = verify(token);
        assertThat(verification.getBoolean("ok")).isFalse();
        assertThat(verification.getLong("firstBrokenSeq")).isEqualTo(3);
        assertThat(verification.getString("problem")).isEqualTo("event 2 is missing");
    }

    @Test
    void eventsPastTheRetentionAreRemovedAndWhatRemainsStillVerifies() throws Throwable {
        String username = Api.uniqueUsername();
        String token = newUserLoggedIn(username);
        login(username, "Phone", Map.of()).then().statusCode(200);
        login(username, "Tablet", Map.of()).then().statusCode(200);
        Database database = new Database(dataSource);
        long thirdAt = ((Number) database.rows("SELECT occurred_at FROM audit_events WHERE seq = 3 AND user_id = "
                + "(SELECT id FROM users WHERE username = ?)", username).get(0).get("occurred_at")).longValue();
        login(username, "Watch", Map.of()).then().statusCode(200);
        await().until(() -> Instant.now().isAfter(micros(thirdAt + 1)));

        VertxContextSupport.subscribeAndAwait(() -> audit.removeOlderThan(micros(thirdAt + 1)));

        assertThat(page(token, null).getList("items.userAgent")).containsExactly("Watch");
        JsonPath verification = verify(token);
        assertThat(verification.getBoolean("ok")).as(verification.prettify()).isTrue();
        assertThat(verification.getLong("keptFrom")).isEqualTo(4);
        assertThat(verification.getLong("eventsChecked")).isEqualTo(1);

        login(username, "Phone", Map.of()).then().statusCode(200);
        assertThat(verify(token).getBoolean("ok")).isTrue();
    }

    private static Instant micros(long micros) {
        return Instant.EPOCH.plusNanos(micros * 1000);
    }
}
