package app.ledger.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import app.ledger.auth.passkey.PasskeyApi;
import app.ledger.auth.passkey.SoftwareAuthenticator;
import app.ledger.support.Api;
import app.ledger.support.Database;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.Method;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The logged-in user's passkeys: /api/me/passkeys. */
@QuarkusTest
class PasskeyResourceTest {

    private static final String INVALID_RESPONSE = PasskeyLoginResourceTest.INVALID_RESPONSE;

    @Inject
    AgroalDataSource dataSource;

    private Database database() {
        return new Database(dataSource);
    }

    @Test
    void optionsAskForADiscoverableCredentialWithUserVerificationAndExcludeThoseAdded() {
        String username = Api.uniqueUsername();
        Api.register(username, Api.PASSWORD);
        String session = Api.login(username, Api.PASSWORD);
        long userId = Api.as(session).get("/api/me").jsonPath().getLong("id");

        JsonPath options = PasskeyApi.registrationOptions(session);

        assertThat(options.getString("rp.id")).isEqualTo("localhost");
        assertThat(options.getString("rp.name")).isEqualTo("Ledger");
        assertThat(options.getString("user.name")).isEqualTo(username);
        assertThat(Base64.getUrlDecoder().decode(options.getString("user.id")))
                .isEqualTo(ByteBuffer.allocate(8).putLong(userId).array());
        assertThat(options.getList("pubKeyCredParams.alg", Integer.class)).containsExactly(-7, -8, -257);
        assertThat(options.getString("authenticatorSelection.residentKey")).isEqualTo("required");
        assertThat(options.getString("authenticatorSelection.userVerification")).isEqualTo("required");
        assertThat(options.getString("attestation")).isEqualTo("none");
        assertThat(options.getList("excludeCredentials")).isEmpty();

        SoftwareAuthenticator authenticator = new SoftwareAuthenticator();
        PasskeyApi.added(session, authenticator, "Laptop");
        assertThat(PasskeyApi.registrationOptions(session).getList("excludeCredentials.id"))
                .containsExactly(authenticator.credentialId());
        assertThat(PasskeyApi.registrationOptions(session).getList("excludeCredentials[0].transports"))
                .containsExactly("internal");
    }

    @Test
    void anAddedPasskeyIsListedRenamedAndRemovedWithItsKeyKeptAndNeverShown() {
        String session = Api.newUser();
        SoftwareAuthenticator authenticator = new SoftwareAuthenticator();

        JsonPath added = PasskeyApi.add(session, authenticator, "  Laptop  ").then().statusCode(201)
                .extract().jsonPath();

        long id = added.getLong("id");
        assertThat(added.getString("name")).isEqualTo("Laptop");
        assertThat(added.getString("lastUsedAt")).isNull();
        Map<String, Object> row = database().rows("SELECT * FROM passkeys WHERE id = ?", id).get(0);
        assertThat(row.get("credential_id")).isEqualTo(authenticator.credentialId());
        assertThat((String) row.get("public_key")).matches("[A-Za-z0-9+/]+=*");
        assertThat(((Number) row.get("sign_count")).longValue()).isEqualTo(1);
        assertThat(row.get("transports")).isEqualTo("internal");
        String listed = Api.as(session).get("/api/me/passkeys").asString();
        assertThat(listed).doesNotContain((String) row.get("public_key")).doesNotContain(authenticator.credentialId());
        JsonPath list = Api.as(session).get("/api/me/passkeys").jsonPath();
        assertThat(list.getList("id", Long.class)).containsExactly(id);
        assertThat(list.getMap("[0]")).containsOnlyKeys("id", "name", "createdAt", "lastUsedAt");

        Api.jsonAs(session).body(Map.of("name", " Work laptop ")).patch("/api/me/passkeys/" + id)
                .then().statusCode(200).body("name", equalTo("Work laptop"));
        assertThat(Api.as(session).get("/api/me/passkeys").jsonPath().getString("[0].name")).isEqualTo("Work laptop");

        Api.as(session).delete("/api/me/passkeys/" + id).then().statusCode(204);
        assertThat(Api.as(session).get("/api/me/passkeys").jsonPath().getList("id")).isEmpty();
        assertThat(database().count("SELECT count(*) FROM passkeys WHERE id = ?", id)).isZero();
        JsonPath audit = Api.as(session).get("/api/me/audit").jsonPath();
        assertThat(audit.getList("items.kind")).containsSubsequence("passkey-removed", "passkey-added");
        assertThat(audit.getString("items[0].detail")).isEqualTo("passkey " + id + " \"Work laptop\"");
        assertThat(audit.getString("items[1].detail")).isEqualTo("passkey " + id + " \"Laptop\"");
    }

    @Test
    void namesAreBounded() {
        String session = Api.newUser();
        for (String name : List.of("", "   ", "x".repeat(65), "two\nlines")) {
            PasskeyApi.add(session, new SoftwareAuthenticator(), name).then().statusCode(400)
                    .body("errors[0].field", equalTo("name"));
        }
        long id = PasskeyApi.added(session, new SoftwareAuthenticator(), "x".repeat(64));
        Api.jsonAs(session).body(Map.of("name", "y".repeat(65))).patch("/api/me/passkeys/" + id)
                .then().statusCode(400).body("errors[0].field", equalTo("name"));
        Api.jsonAs(session).body(Map.of()).patch("/api/me/passkeys/" + id).then().statusCode(400);
    }

    @Test
    void anotherUsersPasskeyIsNotFound() {
        String owner = Api.newUser();
        long id = PasskeyApi.added(owner, new SoftwareAuthenticator(), "Laptop");
        String stranger = Api.newUser();

        Api.jsonAs(stranger).body(Map.of("name", "mine")).patch("/api/me/passkeys/" + id)
                .then().statusCode(404).body("type", equalTo("/problems/passkey-not-found"));
        Api.as(stranger).delete("/api/me/passkeys/" + id)
                .then().statusCode(404).body("type", equalTo("/problems/passkey-not-found"));
        assertThat(Api.as(stranger).get("/api/me/passkeys").jsonPath().getList("id")).isEmpty();
        assertThat(Api.as(owner).get("/api/me/passkeys").jsonPath().getString("[0].name")).isEqualTo("Laptop");
    }

    @Test
    void aCredentialMustAnswerThisUsersChallengeOnLedgersPageWithUserVerification() {
        String session = Api.newUser();
        String other = Api.newUser();
        JsonPath mine = PasskeyApi.registrationOptions(session);
        JsonPath theirs = PasskeyApi.registrationOptions(other);

        SoftwareAuthenticator wrongOrigin = new SoftwareAuthenticator();
        wrongOrigin.origin = "https://evil.example";
        refused(PasskeyApi.add(session, wrongOrigin, "x"), "a page that is not Ledger's");
        SoftwareAuthenticator wrongSite = new SoftwareAuthenticator();
        wrongSite.rpId = "evil.example";
        refused(PasskeyApi.add(session, wrongSite, "x"), "another site");
        SoftwareAuthenticator unverified = new SoftwareAuthenticator();
        unverified.flags = 0x01;
        refused(PasskeyApi.add(session, unverified, "x"), "did not verify you");
        refused(PasskeyApi.add(session, "x", new SoftwareAuthenticator().create(theirs.getString("challenge"),
                mine.getString("user.id"))), "not this account's");
        refused(PasskeyApi.add(session, "x", new SoftwareAuthenticator().create(PasskeyApi.signInChallenge(),
                mine.getString("user.id"))), "not this account's");
        refused(PasskeyApi.add(session, "x", Map.of("id", "AAAA", "response", Map.of())), "attestationObject");

        Map<String, Object> answer = new SoftwareAuthenticator().create(mine.getString("challenge"),
                mine.getString("user.id"));
        PasskeyApi.add(session, "x", answer).then().statusCode(201);
        refused(PasskeyApi.add(session, "x", answer), "used already");
        assertThat(Api.as(session).get("/api/me/passkeys").jsonPath().getList("id")).hasSize(1);
    }

    @Test
    void noPersonalAccessTokenMayManagePasskeysOrSignInWithOne() {
        String session = Api.newUser();
        long id = PasskeyApi.added(session, new SoftwareAuthenticator(), "Laptop");
        String token = Api.jsonAs(session).body(Map.of("name", "script", "scopes", List.of("read", "write")))
                .post("/api/me/tokens").then().statusCode(201).extract().path("token");
        Map<Method, List<String>> refused = Map.of(
                Method.GET, List.of("/api/me/passkeys"),
                Method.POST, List.of("/api/me/passkeys", "/api/me/passkeys/registration-options",
                        "/api/auth/passkey/options", "/api/auth/passkey/login"),
                Method.PATCH, List.of("/api/me/passkeys/" + id),
                Method.DELETE, List.of("/api/me/passkeys/" + id));
        refused.forEach((method, paths) -> paths.forEach(path -> Api.jsonAs(token)
                .body(Map.of("name", "x")).request(method, path)
                .then().statusCode(403).body("type", equalTo("/problems/insufficient-scope"))));

        assertThat(Api.as(session).get("/api/me/passkeys").jsonPath().getString("[0].name")).isEqualTo("Laptop");
    }

    private static void refused(io.restassured.response.Response response, String detail) {
        response.then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo(INVALID_RESPONSE));
        assertThat(response.<String>path("detail")).contains(detail);
    }
}
