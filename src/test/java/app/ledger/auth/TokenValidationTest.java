package app.ledger.auth;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import app.ledger.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import io.smallrye.jwt.util.KeyUtils;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Tokens signed here with the service's own key are accepted (the control case), so that each refusal
 * below is caused by exactly the one thing the test changes.
 */
@QuarkusTest
class TokenValidationTest {

    @ConfigProperty(name = "smallrye.jwt.sign.key.location")
    String privateKeyLocation;

    private PrivateKey serviceKey;
    private String loginToken;
    private String userId;
    private String username;
    private String sessionId;

    @BeforeEach
    void setUp() throws Exception {
        serviceKey = KeyUtils.decodePrivateKey(Files.readString(Path.of(privateKeyLocation)));
        loginToken = Api.newUser();
        userId = Api.as(loginToken).get("/api/me").path("id").toString();
        username = Api.as(loginToken).get("/api/me").path("username");
        sessionId = Api.claim(loginToken, "sid");
    }

    /** The claims a login issues, for the session of {@link #setUp}'s login. */
    private JwtClaimsBuilder claims(String subject) {
        return Jwt.issuer("ledger").subject(subject).upn(username).claim("sid", sessionId)
                .issuedAt(Instant.now().minusSeconds(60)).expiresAt(Instant.now().plusSeconds(300));
    }

    private String token(String issuer, Instant expiresAt, PrivateKey key) {
        return claims(userId).issuer(issuer).expiresAt(expiresAt).jws().sign(key);
    }

    private static void refused(String token) {
        Api.as(token).get("/api/me").then().statusCode(401)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/unauthorized"));
    }

    @Test
    void aTokenSignedWithTheServiceKeyIsAccepted() {
        Api.as(token("ledger", Instant.now().plusSeconds(300), serviceKey)).get("/api/me")
                .then().statusCode(200).body("username", equalTo(username));
    }

    @Test
    void aTokenSignedWithAnotherKeyIsRefused() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        refused(token("ledger", Instant.now().plusSeconds(300), generator.generateKeyPair().getPrivate()));
    }

    @Test
    void aTokenWithAlteredClaimsIsRefused() {
        String[] parts = token("ledger", Instant.now().plusSeconds(300), serviceKey).split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"sub\":\"" + userId + "\"", "\"sub\":\"1\"");
        refused(parts[0] + "." + base64(payload) + "." + parts[2]);
    }

    @Test
    void anUnsignedTokenWithAlgNoneIsRefused() {
        String header = base64("{\"alg\":\"none\",\"typ\":\"JWT\"}");
        String payload = base64("{\"iss\":\"ledger\",\"sub\":\"" + userId + "\",\"upn\":\"" + username
                + "\",\"sid\":\"" + sessionId + "\",\"exp\":" + (Instant.now().getEpochSecond() + 300) + "}");
        refused(header + "." + payload + ".");
    }

    @Test
    void anExpiredTokenIsRefused() {
        refused(token("ledger", Instant.now().minusSeconds(5), serviceKey));
    }

    @Test
    void aTokenFromAnotherIssuerIsRefused() {
        refused(token("someone-else", Instant.now().plusSeconds(300), serviceKey));
    }

    @Test
    void garbageIsRefused() {
        refused("not-a-token");
        given().cookie("ledger_token", "not.a.token").get("/api/me").then().statusCode(401);
    }

    @Test
    void aLoggedOutSessionRefusesEveryTokenNamingItWhileANewLoginWorks() {
        String sameSession = token("ledger", Instant.now().plusSeconds(300), serviceKey);
        Api.as(loginToken).post("/api/auth/logout").then().statusCode(204);
        refused(loginToken);
        refused(sameSession);
        Api.as(Api.login(username, Api.PASSWORD)).get("/api/me").then().statusCode(200);
    }

    @Test
    void aTokenWithoutASessionIsRefused() {
        refused(Jwt.issuer("ledger").subject(userId).upn(username).claim("jti", UUID.randomUUID().toString())
                .issuedAt(Instant.now().minusSeconds(60)).expiresAt(Instant.now().plusSeconds(300))
                .jws().sign(serviceKey));
    }

    @Test
    void aTokenWithoutJtiOrSessionIsRefusedByLogoutAndAccountCreationToo() {
        String bare = Jwt.issuer("ledger").subject(userId).upn(username).issuedAt(Instant.now().minusSeconds(60))
                .expiresAt(Instant.now().plusSeconds(300)).jws().sign(serviceKey);
        refusedEverywhere(bare);
    }

    @Test
    void aTokenForAnUnknownUserIsRefusedByLogoutAndAccountCreationToo() {
        refusedEverywhere(claims("987654321").jws().sign(serviceKey));
        refusedEverywhere(claims("not-a-user-id").jws().sign(serviceKey));
        Api.as(loginToken).get("/api/me").then().statusCode(200);
    }

    @Test
    void aSessionCannotSpeakForAnotherUser() {
        String otherUserId = Api.as(Api.newUser()).get("/api/me").path("id").toString();
        refusedEverywhere(claims(otherUserId).jws().sign(serviceKey));
        Api.as(loginToken).get("/api/me").then().statusCode(200).body("id", equalTo(Integer.parseInt(userId)));
    }

    private static void refusedEverywhere(String token) {
        refused(token);
        Api.jsonAs(token).body(java.util.Map.of("name", "Forged", "currency", "EUR")).post("/api/accounts")
                .then().statusCode(401).contentType("application/problem+json");
        Api.as(token).post("/api/auth/logout").then().statusCode(401).contentType("application/problem+json");
    }

    private static String base64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
