package app.ledger.auth.oidc;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import app.ledger.auth.PasswordConfirmation;
import app.ledger.auth.totp.Base32;
import app.ledger.auth.totp.SettableTotpClock;
import app.ledger.auth.totp.Totp;
import app.ledger.auth.totp.TwoStepUser;
import app.ledger.identity.CurrentUser;
import app.ledger.support.Api;
import app.ledger.support.Database;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.smallrye.jwt.build.Jwt;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Sign-in through an identity provider, against the stand-in provider: the code flow driven by a browser that
 * keeps cookies and follows redirects. Every sign-in at the stand-in is the same account (subject 123456), so
 * each test starts with that account linked to nobody.
 */
@QuarkusTest
@TestProfile(ProviderSignInProfile.class)
class ProviderSignInTest {

    @Inject
    AgroalDataSource dataSource;

    private Database db;

    @Inject
    SettableTotpClock totpClock;

    @BeforeEach
    void forgetTheStandInAccount() {
        db = new Database(dataSource);
        db.update("DELETE FROM identity_links WHERE subject = ?", ProviderStandIn.SUBJECT);
    }

    @Test
    void aFirstSignInCreatesAUserWithAWorkingSessionAndTheNextOneOpensTheSameUser() {
        ProviderBrowser browser = new ProviderBrowser();
        assertThat(browser.signIn()).isEqualTo("/");
        String token = browser.cookie("/", "ledger_token");
        assertThat(token).as("our session cookie").isNotNull();
        long userId = ((Number) given().cookie("ledger_token", token).get("/api/me").then().statusCode(200)
                .body("username", org.hamcrest.Matchers.startsWith("alice")).extract().path("id")).longValue();
        assertThat(browser.cookieNames("/api/auth/oidc/login")).as("quarkus-oidc's session ended")
                .noneMatch(name -> name.startsWith("q_session"));

        List<Map<String, Object>> links = db.rows("SELECT user_id, issuer, email FROM identity_links WHERE subject = ?",
                ProviderStandIn.SUBJECT);
        assertThat(links).hasSize(1);
        assertThat(((Number) links.get(0).get("user_id")).longValue()).isEqualTo(userId);
        assertThat(db.rows("SELECT password_hash FROM users WHERE id = ?", userId).get(0).get("password_hash"))
                .as("no password").isEqualTo("!none");
        assertThat(db.count("SELECT count(*) FROM sessions WHERE user_id = ?", userId)).isEqualTo(1);

        ProviderBrowser again = new ProviderBrowser();
        assertThat(again.signIn()).isEqualTo("/");
        given().cookie("ledger_token", again.cookie("/", "ledger_token")).get("/api/me").then().statusCode(200)
                .body("id", equalTo((int) userId));
        assertThat(db.count("SELECT count(*) FROM users WHERE id = ?", userId)).isEqualTo(1);
        assertThat(db.count("SELECT count(*) FROM sessions WHERE user_id = ?", userId)).isEqualTo(2);

        List<String> audit = given().cookie("ledger_token", token).get("/api/me/audit").then().statusCode(200)
                .extract().path("items.detail");
        assertThat(audit).contains("identity provider Stand-in");
        List<String> kinds = given().cookie("ledger_token", token).get("/api/me/audit").then().extract()
                .path("items.kind");
        assertThat(kinds).contains("identity-linked", "login-succeeded");
    }

    @Test
    void theProviderSessionCookieOpensNoApiRouteEvenWhenItsSubjectIsAUserIdHere() {
        db.update("INSERT INTO users (id, username, password_hash, created_at, time_zone, locale) "
                + "VALUES (?, 'victim123456', 'x', 0, 'UTC', 'en') ON CONFLICT DO NOTHING", Long.valueOf(
                ProviderStandIn.SUBJECT));
        ProviderBrowser browser = new ProviderBrowser();
        browser.signIn();
        String providerSession = browser.setCookies.stream().filter(c -> c.startsWith("q_session="))
                .filter(c -> !c.startsWith("q_session=;")).findFirst().orElseThrow();
        assertThat(providerSession).contains("Path=/api/auth/oidc");
        String value = providerSession.substring("q_session=".length(), providerSession.indexOf(';'));

        given().cookie("q_session", value).get("/api/me").then().statusCode(401);
        given().cookie("q_session", value).get("/api/accounts").then().statusCode(401);
    }

    @Test
    void anApiRequestWithoutCredentialsStillGets401NotARedirectToTheProvider() {
        given().redirects().follow(false).get("/api/me").then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void theLoginPageLearnsThatTheProviderIsOnAndPasswordsToo() {
        given().get("/api/auth/config").then().statusCode(200)
                .body("passwordLogin", equalTo(true))
                .body("provider.name", equalTo("Stand-in"))
                .body("provider.login", equalTo("/api/auth/oidc/login"));
    }

    @Test
    void aLoggedInUserLinksTheirAccountAndThenSignsInEitherWay() {
        String username = Api.uniqueUsername();
        Api.register(username, Api.PASSWORD);
        String token = Api.login(username, Api.PASSWORD);

        ProviderBrowser browser = new ProviderBrowser();
        assertThat(link(browser, token)).isEqualTo("/u/" + username + "/security?linked=1");
        assertThat(browser.cookieNames("/api/auth/oidc/login")).doesNotContain("ledger_oidc_link");
        Api.as(token).get("/api/me/identity-links").then().statusCode(200)
                .body("size()", equalTo(1))
                .body("[0].provider", equalTo("Stand-in"));
        List<String> kinds = Api.as(token).get("/api/me/audit").then().extract().path("items.kind");
        assertThat(kinds).contains("identity-linked");

        ProviderBrowser signingIn = new ProviderBrowser();
        assertThat(signingIn.signIn()).isEqualTo("/");
        given().cookie("ledger_token", signingIn.cookie("/", "ledger_token")).get("/api/me").then().statusCode(200)
                .body("username", equalTo(username));
        Api.login(username, Api.PASSWORD);
    }

    @Test
    void aProviderAccountThatOpensAnotherUserIsNotLinkedAgain() {
        new ProviderBrowser().signIn();
        String username = Api.uniqueUsername();
        Api.register(username, Api.PASSWORD);
        String token = Api.login(username, Api.PASSWORD);

        assertThat(link(new ProviderBrowser(), token))
                .isEqualTo("/u/" + username + "/security?link-error=linked-elsewhere");
        Api.as(token).get("/api/me/identity-links").then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void aLinkHandleFromAnEndedSessionLinksNothing() {
        String username = Api.uniqueUsername();
        Api.register(username, Api.PASSWORD);
        String token = Api.login(username, Api.PASSWORD);
        ProviderBrowser browser = new ProviderBrowser();
        browser.addCookie(startLink(token));
        Api.as(token).post("/api/auth/logout").then().statusCode(204);

        assertThat(browser.signIn()).isEqualTo("/login?signin-error=link-expired");
        assertThat(db.count("SELECT count(*) FROM identity_links WHERE subject = ?", ProviderStandIn.SUBJECT))
                .isZero();
    }

    @Test
    void unlinkingIsRefusedWhenTheProviderIsTheOnlyWayInAndAllowedBesideAPassword() {
        ProviderBrowser browser = new ProviderBrowser();
        browser.signIn();
        String providerOnly = browser.cookie("/", "ledger_token");
        long linkId = ((Number) given().cookie("ledger_token", providerOnly).get("/api/me/identity-links").then()
                .statusCode(200).extract().path("[0].id")).longValue();
        given().cookie("ledger_token", providerOnly).header("Origin", "http://localhost:" + io.restassured.RestAssured.port)
                .delete("/api/me/identity-links/" + linkId).then().statusCode(409)
                .body("type", equalTo("/problems/last-way-in"));

        String someoneElse = Api.newUser();
        Api.as(someoneElse).delete("/api/me/identity-links/" + linkId).then().statusCode(404);

        db.update("DELETE FROM identity_links WHERE subject = ?", ProviderStandIn.SUBJECT);
        String username = Api.uniqueUsername();
        Api.register(username, Api.PASSWORD);
        String token = Api.login(username, Api.PASSWORD);
        link(new ProviderBrowser(), token);
        long ownLink = ((Number) Api.as(token).get("/api/me/identity-links").then().extract().path("[0].id"))
                .longValue();
        Api.as(token).delete("/api/me/identity-links/" + ownLink).then().statusCode(204);
        Api.as(token).get("/api/me/identity-links").then().body("size()", equalTo(0));
        List<String> kinds = Api.as(token).get("/api/me/audit").then().extract().path("items.kind");
        assertThat(kinds).contains("identity-unlinked");
    }

    @Test
    void aUserWithoutAPasswordDeletesTheirAccountRightAfterSigningInButNotFromAnOldSession() throws Exception {
        ProviderBrowser browser = new ProviderBrowser();
        browser.signIn();
        String token = browser.cookie("/", "ledger_token");
        long userId = ((Number) Api.as(token).get("/api/me").then().statusCode(200).extract().path("id")).longValue();
        String tenMinutesOld = sameSessionIssuedAgo(token, PasswordConfirmation.RECENT_SIGN_IN.plusMinutes(1));

        Api.jsonAs(tenMinutesOld).body(Map.of()).delete("/api/me").then().statusCode(403)
                .body("type", equalTo("/problems/recent-sign-in-required"));
        assertThat(db.count("SELECT count(*) FROM users WHERE id = ?", userId)).isEqualTo(1);

        Api.jsonAs(token).body(Map.of()).delete("/api/me").then().statusCode(204);
        assertThat(db.count("SELECT count(*) FROM users WHERE id = ?", userId)).isZero();
        assertThat(db.count("SELECT count(*) FROM identity_links WHERE user_id = ?", userId)).isZero();
    }

    @Test
    void aUserWithoutAPasswordSetsAFirstOneRightAfterSigningInAndThenLogsInWithIt() throws Exception {
        ProviderBrowser browser = new ProviderBrowser();
        browser.signIn();
        String token = browser.cookie("/", "ledger_token");
        String username = Api.as(token).get("/api/me").then().statusCode(200).body("hasPassword", equalTo(false))
                .extract().path("username");
        String tenMinutesOld = sameSessionIssuedAgo(token, PasswordConfirmation.RECENT_SIGN_IN.plusMinutes(1));

        Api.jsonAs(tenMinutesOld).body(Map.of("newPassword", "a first password of mine"))
                .post("/api/me/password").then().statusCode(403)
                .body("type", equalTo("/problems/recent-sign-in-required"));
        Api.jsonAs(token).body(Map.of("newPassword", "short")).post("/api/me/password").then().statusCode(400);
        assertThat(db.rows("SELECT password_hash FROM users WHERE username = ?", username).get(0)
                .get("password_hash")).isEqualTo("!none");

        Api.jsonAs(token).body(Map.of("newPassword", "a first password of mine")).post("/api/me/password")
                .then().statusCode(204);
        Api.as(token).get("/api/me").then().statusCode(200).body("hasPassword", equalTo(true));
        String withPassword = Api.login(username, "a first password of mine");
        Api.as(withPassword).get("/api/me").then().statusCode(200).body("username", equalTo(username));
        // from now on the current password is asked for, as of every user
        Api.jsonAs(token).body(Map.of("newPassword", "another password of mine")).post("/api/me/password")
                .then().statusCode(400);
        List<String> details = Api.as(token).get("/api/me/audit").then().extract().path("items.detail");
        assertThat(details).anyMatch(detail -> detail != null && detail.startsWith("first password set"));
    }

    @Test
    void aUserWithoutAPasswordTurnsTwoStepLoginOffWithACodeRightAfterSigningInButNotFromAnOldSession()
            throws Exception {
        ProviderBrowser browser = new ProviderBrowser();
        browser.signIn();
        String token = browser.cookie("/", "ledger_token");
        byte[] secret = Base32.decode(Api.as(token).post("/api/me/totp").then().statusCode(200)
                .extract().<String>path("secret"));
        totpClock.atStep(TwoStepUser.STEP);
        Api.jsonAs(token).body(Map.of("code", Totp.code(secret, TwoStepUser.STEP))).post("/api/me/totp/confirm")
                .then().statusCode(200);
        totpClock.atStep(TwoStepUser.STEP + 1);
        String tenMinutesOld = sameSessionIssuedAgo(token, PasswordConfirmation.RECENT_SIGN_IN.plusMinutes(1));

        Api.jsonAs(tenMinutesOld).body(Map.of("code", Totp.code(secret, TwoStepUser.STEP + 1)))
                .delete("/api/me/totp").then().statusCode(403)
                .body("type", equalTo("/problems/recent-sign-in-required"));
        Api.jsonAs(token).body(Map.of()).delete("/api/me/totp").then().statusCode(400)
                .body("errors.field", equalTo(List.of("code")));
        Api.jsonAs(token).body(Map.of("code", Totp.code(secret, TwoStepUser.STEP + 7)))
                .delete("/api/me/totp").then().statusCode(403).body("type", equalTo("/problems/wrong-code"));
        Api.as(token).get("/api/me/totp").then().statusCode(200).body("enabled", equalTo(true));

        Api.jsonAs(token).body(Map.of("code", Totp.code(secret, TwoStepUser.STEP + 1)))
                .delete("/api/me/totp").then().statusCode(204);
        Api.as(token).get("/api/me/totp").then().statusCode(200).body("enabled", equalTo(false));
    }

    @AfterEach
    void realTime() {
        totpClock.reset();
    }

    /** The same session's token, as if it had been issued {@code ago} (signed with the service's own key). */
    private static String sameSessionIssuedAgo(String token, Duration ago) throws Exception {
        JwtClaims claims = JwtClaims.parse(new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]),
                StandardCharsets.UTF_8));
        return Jwt.issuer(claims.getIssuer()).subject(claims.getSubject())
                .upn(claims.getStringClaimValue("upn"))
                .claim(CurrentUser.SESSION_CLAIM, claims.getStringClaimValue(CurrentUser.SESSION_CLAIM))
                .issuedAt(Instant.now().minus(ago)).expiresAt(claims.getExpirationTime().getValue()).sign();
    }

    @Test
    void aPersonalAccessTokenCannotStartALink() {
        String token = Api.newUser();
        String pat = Api.jsonAs(token).body(Map.of("name", "script", "scopes", List.of("read", "write")))
                .post("/api/me/tokens").then().statusCode(201).extract().path("token");
        Api.as(pat).post("/api/me/identity-links/start").then().statusCode(403);
    }

    private static String startLink(String token) {
        Response started = Api.as(token).post("/api/me/identity-links/start");
        started.then().statusCode(200).body("location", equalTo("/api/auth/oidc/login"));
        String setCookie = started.header("Set-Cookie");
        assertThat(setCookie).startsWith("ledger_oidc_link=").contains("Path=/api/auth/oidc").contains("HttpOnly")
                .contains("SameSite=Lax");
        return setCookie;
    }

    private static String link(ProviderBrowser browser, String token) {
        browser.addCookie(startLink(token));
        return browser.signIn();
    }
}
