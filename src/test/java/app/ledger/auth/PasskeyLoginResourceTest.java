package app.ledger.auth;

import static app.ledger.auth.totp.TwoStepUser.STEP;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import app.ledger.auth.passkey.PasskeyApi;
import app.ledger.auth.passkey.SoftwareAuthenticator;
import app.ledger.auth.totp.SettableTotpClock;
import app.ledger.auth.totp.TwoStepUser;
import app.ledger.support.Api;
import app.ledger.support.Database;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Signing in with a passkey: /api/auth/passkey/options and /api/auth/passkey/login. */
@QuarkusTest
class PasskeyLoginResourceTest {

    static final String INVALID_RESPONSE = "/problems/invalid-passkey-response";
    static final String NOT_RECOGNISED = "/problems/passkey-not-recognised";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    SettableTotpClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private Database database() {
        return new Database(dataSource);
    }

    private static List<String> auditKinds(String session) {
        return Api.as(session).get("/api/me/audit").jsonPath().getList("items.kind");
    }

    @Test
    void aPasskeySignInOpensTheSameKindOfSessionAPasswordLoginDoes() {
        String username = Api.uniqueUsername();
        Api.register(username, Api.PASSWORD);
        String password = Api.login(username, Api.PASSWORD);
        SoftwareAuthenticator authenticator = new SoftwareAuthenticator();
        PasskeyApi.added(password, authenticator, "Laptop");

        Response login = PasskeyApi.signIn(authenticator);

        login.then().statusCode(200).header("Cache-Control", "no-store")
                .header("Set-Cookie", startsWith("ledger_token=" + login.path("token") + ";"))
                .body("tokenType", equalTo("Bearer")).body("user.username", equalTo(username));
        String token = login.path("token");
        Api.as(token).get("/api/me").then().statusCode(200).body("username", equalTo(username));
        given().cookie("ledger_token", token).get("/api/me").then().statusCode(200);
        String sessionId = Api.claim(token, "sid");
        assertThat(database().count("SELECT count(*) FROM sessions WHERE id = ?", sessionId)).isEqualTo(1);
        JsonPath audit = Api.as(token).get("/api/me/audit").jsonPath();
        assertThat(audit.getString("items[0].kind")).isEqualTo("login-succeeded");
        assertThat(audit.getString("items[0].detail")).isEqualTo("passkey \"Laptop\"");
        assertThat(Api.as(token).get("/api/me/passkeys").jsonPath().getString("[0].lastUsedAt")).isNotNull();

        Api.as(password).post("/api/me/sessions/revoke-others").then().statusCode(200);
        Api.as(token).get("/api/me").then().statusCode(401);
    }

    @Test
    void aUserWithTwoStepLoginOnIsNotAskedForACodeWithAPasskey() {
        TwoStepUser user = TwoStepUser.create(clock, STEP);
        SoftwareAuthenticator authenticator = new SoftwareAuthenticator();
        PasskeyApi.added(user.token(), authenticator, "Phone");

        PasskeyApi.signIn(authenticator).then().statusCode(200).body("user.username", equalTo(user.username()));
    }

    @Test
    void askingForSignInChallengesKeepsNothing() {
        long before = database().count("SELECT count(*) FROM passkey_challenges_used");
        for (int i = 0; i < 50; i++) {
            PasskeyApi.signInChallenge();
        }
        assertThat(database().count("SELECT count(*) FROM passkey_challenges_used")).isEqualTo(before);
        JsonPath options = given().post("/api/auth/passkey/options").jsonPath();
        assertThat(options.getString("rpId")).isEqualTo("localhost");
        assertThat(options.getString("userVerification")).isEqualTo("required");
        assertThat(options.getList("allowCredentials")).isEmpty();
        assertThat(options.getLong("timeout")).isEqualTo(Duration.ofMinutes(5).toMillis());
    }

    @Test
    void anAnswerMadeOnAnotherPageOrForAnotherSiteIsRefused() {
        String session = Api.newUser();
        SoftwareAuthenticator authenticator = new SoftwareAuthenticator();
        PasskeyApi.added(session, authenticator, "Laptop");

        authenticator.origin = "http://localhost:8081";
        refused(PasskeyApi.signIn(authenticator), "a page that is not Ledger's");
        authenticator.origin = "https://evil.example";
        refused(PasskeyApi.signIn(authenticator), "a page that is not Ledger's");
        authenticator.origin = SoftwareAuthenticator.ORIGIN;
        authenticator.rpId = "evil.example";
        refused(PasskeyApi.signIn(authenticator), "another site");
        authenticator.rpId = SoftwareAuthenticator.RP_ID;

        PasskeyApi.signIn(authenticator).then().statusCode(200);
    }

    @Test
    void aChallengeLedgerDidNotMakeForASignInIsRefused() {
        String session = Api.newUser();
        SoftwareAuthenticator authenticator = new SoftwareAuthenticator();
        PasskeyApi.added(session, authenticator, "Laptop");
        String signInChallenge = PasskeyApi.signInChallenge();
        byte[] tampered = Base64.getUrlDecoder().decode(signInChallenge);
        tampered[20] ^= 1;
        byte[] made = new byte[66];
        new java.security.SecureRandom().nextBytes(made);

        for (String challenge : List.of(Base64.getUrlEncoder().withoutPadding().encodeToString(tampered),
                Base64.getUrlEncoder().withoutPadding().encodeToString(made),
                PasskeyApi.registrationOptions(session).getString("challenge"), "AAAA")) {
            refused(PasskeyApi.signIn(authenticator.get(challenge)), "did not make for a sign-in");
        }
        PasskeyApi.signIn(authenticator.get(signInChallenge)).then().statusCode(200);
    }

    @Test
    void aReplayedAnswerOrAChallengeAnsweredTwiceIsRefused() {
        String session = Api.newUser();
        SoftwareAuthenticator authenticator = new SoftwareAuthenticator();
        authenticator.counter = 0; // as many platform authenticators do: no counter to catch a replay
        PasskeyApi.added(session, authenticator, "Laptop");
        String challenge = PasskeyApi.signInChallenge();
        Map<String, Object> answer = authenticator.get(challenge);
        PasskeyApi.signIn(answer).then().statusCode(200);

        refused(PasskeyApi.signIn(answer), "used already");
        refused(PasskeyApi.signIn(authenticator.get(challenge)), "used already");
        assertThat(database().count("SELECT count(*) FROM passkey_challenges_used")).isPositive();
    }

    @Test
    void aCopyWhoseCounterGoesBackIsRefusedAndRecorded() {
        String session = Api.newUser();
        SoftwareAuthenticator authenticator = new SoftwareAuthenticator();
        PasskeyApi.added(session, authenticator, "Laptop");
        SoftwareAuthenticator clone = authenticator.copy();
        PasskeyApi.signIn(authenticator).then().statusCode(200);
        PasskeyApi.signIn(authenticator).then().statusCode(200);

        refused(PasskeyApi.signIn(clone), "counter went back");
        clone.counter = authenticator.counter - 1; // the same count as the last one accepted
        refused(PasskeyApi.signIn(clone), "counter went back");

        JsonPath audit = Api.as(session).get("/api/me/audit").jsonPath();
        assertThat(audit.getString("items[0].kind")).isEqualTo("login-failed");
        assertThat(audit.getString("items[0].detail")).startsWith("passkey \"Laptop\" refused: ")
                .contains("counter went back");
        PasskeyApi.signIn(authenticator).then().statusCode(200);
    }

    @Test
    void withoutUserVerificationNoSignIn() {
        String session = Api.newUser();
        SoftwareAuthenticator authenticator = new SoftwareAuthenticator();
        PasskeyApi.added(session, authenticator, "Key");

        authenticator.flags = 0x01; // user present, not verified
        refused(PasskeyApi.signIn(authenticator), "did not verify you");
    }

    @Test
    void aRemovedOrUnknownPasskeySignsInNoMore() {
        String session = Api.newUser();
        SoftwareAuthenticator authenticator = new SoftwareAuthenticator();
        long id = PasskeyApi.added(session, authenticator, "Laptop");
        Api.as(session).delete("/api/me/passkeys/" + id).then().statusCode(204);

        PasskeyApi.signIn(authenticator).then().statusCode(401).contentType("application/problem+json")
                .body("type", equalTo(NOT_RECOGNISED));
        PasskeyApi.signIn(new SoftwareAuthenticator()).then().statusCode(401).body("type", equalTo(NOT_RECOGNISED));
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(auditKinds(session))
                .containsSubsequence("passkey-removed", "passkey-added"));
    }

    @Test
    void anAnswerThatIsNotOneIsRefused() {
        for (Object body : List.of(Map.of(), Map.of("id", "x", "response", Map.of()),
                Map.of("id", "AAAA", "response", Map.of("clientDataJSON", "e30", "authenticatorData", "AAAA",
                        "signature", "AAAA")))) {
            given().contentType(ContentType.JSON).body(body).post("/api/auth/passkey/login")
                    .then().statusCode(401).body("type", equalTo(INVALID_RESPONSE));
        }
    }

    private static void refused(Response response, String detail) {
        response.then().statusCode(401).contentType("application/problem+json")
                .body("type", equalTo(INVALID_RESPONSE));
        assertThat(response.<String>path("detail")).contains(detail);
    }
}
