package app.ledger.auth.personaltoken;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import app.ledger.support.Api;
import app.ledger.support.Database;
import app.ledger.support.Ledger;
import app.ledger.support.TestDatabase;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.Method;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PersonalTokenResourceTest {

    private static final String INSUFFICIENT_SCOPE = "/problems/insufficient-scope";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    PersonalTokens personalTokens;

    static Response create(String session, String name, List<String> scopes, Instant expiresAt) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("scopes", scopes);
        if (expiresAt != null) {
            body.put("expiresAt", expiresAt.toString());
        }
        return Api.jsonAs(session).body(body).post("/api/me/tokens");
    }

    static JsonPath created(String session, List<String> scopes) {
        return create(session, "script", scopes, null).then().statusCode(201).extract().jsonPath();
    }

    private Database database() {
        return new Database(dataSource);
    }

    @Test
    void aNewTokenIsShownOnceStoredHashedAndListedWithoutIt() {
        String session = Api.newUser();
        Instant expiry = Instant.now().plus(Duration.ofDays(30));

        JsonPath token = create(session, "  nightly backup ", List.of("read"), expiry)
                .then().statusCode(201).extract().jsonPath();

        String text = token.getString("token");
        assertThat(text).startsWith("ledger_pat_").hasSizeGreaterThan(40);
        assertThat(token.getString("name")).isEqualTo("nightly backup");
        assertThat(token.getList("scopes")).containsExactly("read");
        assertThat(Instant.parse(token.getString("expiresAt"))).isCloseTo(expiry, within(Duration.ofMillis(1)));
        JsonPath listed = Api.as(session).get("/api/me/tokens").then().statusCode(200).extract().jsonPath();
        assertThat(listed.getList("id")).containsExactly(token.getInt("id"));
        assertThat(listed.getList("name")).containsExactly("nightly backup");
        assertThat(listed.getString("[0].createdAt")).isNotNull();
        assertThat(listed.getString("[0].lastUsedAt")).isNull();
        assertThat(listed.getMap("[0]")).doesNotContainKey("token").containsKeys("expiresAt", "lastUsedAt");
        assertThat(Api.as(session).get("/api/me/tokens").asString()).doesNotContain(text);
        Map<String, Object> row = database().rows("SELECT * FROM personal_tokens WHERE id = ?",
                token.getLong("id")).get(0);
        assertThat(row.values()).noneMatch(value -> value != null && value.toString().contains(text.substring(11)));
        assertThat(row.get("token_hash")).isEqualTo(PersonalTokenSecret.hash(text));
    }

    private static org.assertj.core.data.TemporalUnitOffset within(Duration duration) {
        return new org.assertj.core.data.TemporalUnitWithinOffset(duration.toMillis(),
                java.time.temporal.ChronoUnit.MILLIS);
    }

    @Test
    void aReadTokenReadsButMayNotDeposit() {
        String session = Api.newUser();
        long account = Ledger.mainAccount(session);
        String read = created(session, List.of("read")).getString("token");

        Api.as(read).get("/api/accounts").then().statusCode(200).body("[0].id", equalTo((int) account));
        Api.as(read).get("/api/me").then().statusCode(200);
        Ledger.deposit(read, account, "10.00").then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo(INSUFFICIENT_SCOPE));

        assertThat(database().count("SELECT count(*) FROM entries WHERE account_id = ?", account)).isZero();
    }

    @Test
    void aWriteTokenMayDeposit() {
        String session = Api.newUser();
        long account = Ledger.mainAccount(session);
        String write = created(session, List.of("read", "write")).getString("token");

        Ledger.deposit(write, account, "10.00").then().statusCode(201);

        assertThat(database().count("SELECT count(*) FROM entries WHERE account_id = ?", account)).isEqualTo(1);
    }

    @Test
    void noTokenMayTouchTheAccountsSecurityExportItOrDeleteIt() {
        String username = Api.uniqueUsername();
        Api.register(username, Api.PASSWORD);
        String session = Api.login(username, Api.PASSWORD);
        long id = created(session, List.of("read")).getLong("id");
        for (List<String> scopes : List.of(List.of("read"), List.of("read", "write"))) {
            String token = created(session, scopes).getString("token");
            Map<Method, List<String>> refused = Map.of(
                    Method.GET, List.of("/api/me/tokens", "/api/me/sessions", "/api/me/totp", "/api/me/export",
                            "/api/me/audit", "/api/me/audit/verify", "/api/events"),
                    Method.POST, List.of("/api/me/tokens", "/api/me/sessions/revoke-others", "/api/me/password",
                            "/api/me/totp", "/api/me/totp/confirm", "/api/auth/logout"),
                    Method.DELETE, List.of("/api/me/tokens/" + id, "/api/me/totp", "/api/me"));
            refused.forEach((method, paths) -> paths.forEach(path -> Api.jsonAs(token)
                    .body(Map.of("name", "x", "scopes", List.of("read", "write"), "password", Api.PASSWORD,
                            "currentPassword", Api.PASSWORD, "newPassword", "another long password", "code", "123456"))
                    .request(method, path)
                    .then().statusCode(403).body("type", equalTo(INSUFFICIENT_SCOPE))));
        }

        Api.as(session).get("/api/me").then().statusCode(200);
        Api.login(username, Api.PASSWORD);
        assertThat(Api.as(session).get("/api/me/tokens").jsonPath().getList("id")).hasSize(3);
        Api.as(session).get("/api/me/totp").then().statusCode(200).body("enabled", equalTo(false));
    }

    @Test
    void aRevokedTokenIsRefusedAtOnceThoughItWasJustVerified() {
        String session = Api.newUser();
        JsonPath token = created(session, List.of("read"));
        String text = token.getString("token");
        Api.as(text).get("/api/accounts").then().statusCode(200);

        Api.as(session).delete("/api/me/tokens/" + token.getLong("id")).then().statusCode(204);

        Api.as(text).get("/api/accounts").then().statusCode(401);
        assertThat(Api.as(session).get("/api/me/tokens").jsonPath().getList("id")).isEmpty();
        Api.as(session).delete("/api/me/tokens/" + token.getLong("id")).then().statusCode(404)
                .body("type", equalTo("/problems/token-not-found"));
    }

    @Test
    void aTokenRevokedByAnotherInstanceIsRefusedHereWhenItsNoticeArrives() {
        String session = Api.newUser();
        long userId = Api.as(session).get("/api/me").jsonPath().getLong("id");
        JsonPath token = created(session, List.of("read"));
        String text = token.getString("token");
        long id = token.getLong("id");
        Api.as(text).get("/api/accounts").then().statusCode(200);
        // the other instance deletes the row, then tells every instance
        database().update("DELETE FROM personal_tokens WHERE id = ?", id);
        Api.as(text).get("/api/accounts").then().statusCode(200); // still remembered here: no query per request

        if (TestDatabase.isPostgres()) {
            database().rows("SELECT pg_notify('ledger_tokens_revoked', ?)",
                    "{\"instance\":\"another\",\"userId\":" + userId + ",\"tokenId\":" + id + "}");
        } else {
            personalTokens.revokedElsewhere(userId, id);
        }

        await().atMost(Duration.ofSeconds(5))
                .until(() -> Api.as(text).get("/api/accounts").statusCode() == 401);
    }

    @Test
    void anExpiredTokenIsRefusedThoughItWasJustVerified() throws InterruptedException {
        String session = Api.newUser();
        Instant expiry = Instant.now().plusSeconds(2);
        String text = create(session, "short", List.of("read"), expiry).then().statusCode(201)
                .extract().path("token");
        Api.as(text).get("/api/accounts").then().statusCode(200);

        Thread.sleep(Math.max(0, Duration.between(Instant.now(), expiry).toMillis()) + 100);

        Api.as(text).get("/api/accounts").then().statusCode(401);
    }

    @Test
    void anUnknownTokenIsRefused() {
        Api.as("ledger_pat_" + "A".repeat(43)).get("/api/accounts").then().statusCode(401);
    }

    @Test
    void anotherUsersTokenCannotBeRevoked() {
        String owner = Api.newUser();
        JsonPath token = created(owner, List.of("read"));
        String stranger = Api.newUser();

        Api.as(stranger).delete("/api/me/tokens/" + token.getLong("id")).then().statusCode(404)
                .body("type", equalTo("/problems/token-not-found"));

        Api.as(token.getString("token")).get("/api/accounts").then().statusCode(200);
        assertThat(Api.as(stranger).get("/api/me/tokens").jsonPath().getList("id")).isEmpty();
    }

    @Test
    void aTokenSpeaksOnlyForItsOwnUser() {
        String owner = Api.newUser();
        String read = created(owner, List.of("read", "write")).getString("token");
        String stranger = Api.newUser();
        long theirs = Ledger.mainAccount(stranger);

        Api.as(read).get("/api/accounts/" + theirs).then().statusCode(404);
        Ledger.deposit(read, theirs, "1.00").then().statusCode(404);
    }

    @Test
    void useIsShownAtOnceWrittenAtMostOnceAMinuteAndTheFirstAudited() throws InterruptedException {
        String session = Api.newUser();
        JsonPath token = created(session, List.of("read"));
        String text = token.getString("token");
        long id = token.getLong("id");

        Api.as(text).get("/api/accounts").then().statusCode(200);
        await().atMost(Duration.ofSeconds(5)).until(() -> database()
                .count("SELECT count(*) FROM personal_tokens WHERE id = ? AND last_used_at IS NOT NULL", id) == 1);
        Object written = database().rows("SELECT last_used_at FROM personal_tokens WHERE id = ?", id).get(0)
                .get("last_used_at");
        Thread.sleep(20);
        Api.as(text).get("/api/accounts").then().statusCode(200);
        Api.as(text).get("/api/me").then().statusCode(200);
        Thread.sleep(300);

        assertThat(database().rows("SELECT last_used_at FROM personal_tokens WHERE id = ?", id).get(0)
                .get("last_used_at")).isEqualTo(written);
        Instant listed = Instant.parse(Api.as(session).get("/api/me/tokens").jsonPath().getString("[0].lastUsedAt"));
        assertThat(listed).isAfter(Instant.ofEpochSecond(0, ((Number) written).longValue() * 1000));

        Api.as(session).delete("/api/me/tokens/" + id).then().statusCode(204);
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(
                Api.as(session).get("/api/me/audit").jsonPath().getList("items.kind"))
                .containsSubsequence("token-revoked", "token-first-used", "token-created"));
        JsonPath audit = Api.as(session).get("/api/me/audit").jsonPath();
        assertThat(audit.getList("items.findAll { it.kind.startsWith('token-') }.detail", String.class))
                .hasSize(3).allMatch(detail -> detail.startsWith("token " + id));
        assertThat(audit.getList("items.kind")).containsOnlyOnce("token-first-used");
    }

    @Test
    void aNewTokensNameScopesAndExpiryAreBounded() {
        String session = Api.newUser();
        Instant now = Instant.now();
        record Case(String name, List<String> scopes, Instant expiresAt, String field) {
        }
        List<Case> cases = List.of(
                new Case("", List.of("read"), null, "name"),
                new Case("   ", List.of("read"), null, "name"),
                new Case(null, List.of("read"), null, "name"),
                new Case("x".repeat(65), List.of("read"), null, "name"),
                new Case("line\nbreak", List.of("read"), null, "name"),
                new Case("ok", List.of("write"), null, "scopes"),
                new Case("ok", List.of("admin"), null, "scopes"),
                new Case("ok", List.of(), null, "scopes"),
                new Case("ok", null, null, "scopes"),
                new Case("ok", List.of("read", "read"), null, "scopes"),
                new Case("ok", List.of("read"), now.minusSeconds(1), "expiresAt"),
                new Case("ok", List.of("read"), now.plus(Duration.ofDays(731)), "expiresAt"));
        for (Case bad : cases) {
            create(session, bad.name(), bad.scopes(), bad.expiresAt()).then().statusCode(400)
                    .body("errors[0].field", equalTo(bad.field()));
        }
        create(session, "x".repeat(64), List.of("write", "read"), now.plus(Duration.ofDays(729)))
                .then().statusCode(201);

        assertThat(Api.as(session).get("/api/me/tokens").jsonPath().getList("id")).hasSize(1);
    }

    @Test
    void aUserHoldsAtMostFiftyTokens() {
        String session = Api.newUser();
        for (int i = 0; i < 50; i++) {
            create(session, "token " + i, List.of("read"), null).then().statusCode(201);
        }

        create(session, "one more", List.of("read"), null).then().statusCode(409)
                .body("type", equalTo("/problems/too-many-tokens"));

        long oldest = Api.as(session).get("/api/me/tokens").jsonPath().getLong("[49].id");
        Api.as(session).delete("/api/me/tokens/" + oldest).then().statusCode(204);
        create(session, "one more", List.of("read"), null).then().statusCode(201).body("expiresAt", nullValue());
    }

    @Test
    void deletingTheUserRemovesTheirTokensAndRefusesThemAtOnce() {
        String session = Api.newUser();
        long userId = Api.as(session).get("/api/me").jsonPath().getLong("id");
        String text = created(session, List.of("read", "write")).getString("token");
        Api.as(text).get("/api/accounts").then().statusCode(200);

        Api.jsonAs(session).body(Map.of("password", Api.PASSWORD)).delete("/api/me").then().statusCode(204);

        Api.as(text).get("/api/accounts").then().statusCode(401);
        assertThat(database().count("SELECT count(*) FROM personal_tokens WHERE user_id = ?", userId)).isZero();
    }
}
