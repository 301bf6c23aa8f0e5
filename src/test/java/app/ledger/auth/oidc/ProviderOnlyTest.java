package app.ledger.auth.oidc;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import app.ledger.support.Api;
import app.ledger.support.Database;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The identity provider as the only way in: password login off, no user made by a first sign-in. */
@QuarkusTest
@TestProfile(ProviderSignInProfile.ProviderOnly.class)
class ProviderOnlyTest {

    @Inject
    AgroalDataSource dataSource;

    private Database db;

    @BeforeEach
    void forgetTheStandInAccount() {
        db = new Database(dataSource);
        db.update("DELETE FROM identity_links WHERE subject = ?", ProviderStandIn.SUBJECT);
    }

    @Test
    void loggingInOrRegisteringWithAPasswordIsRefused() {
        given().contentType(ContentType.JSON).body(Map.of("username", "someone", "password", Api.PASSWORD))
                .post("/api/auth/login").then().statusCode(403)
                .body("type", equalTo("/problems/password-login-disabled"));
        given().contentType(ContentType.JSON).body(Map.of("username", Api.uniqueUsername(), "password", Api.PASSWORD))
                .post("/api/auth/register").then().statusCode(403)
                .body("type", equalTo("/problems/password-login-disabled"));
        given().get("/api/auth/config").then().statusCode(200).body("passwordLogin", equalTo(false))
                .body("provider.name", equalTo("Stand-in"));
    }

    @Test
    void anUnknownProviderAccountIsSentBackToTheLoginPageWithoutAUserBeingMade() {
        long users = db.count("SELECT count(*) FROM users");
        ProviderBrowser browser = new ProviderBrowser();
        assertThat(browser.signIn()).isEqualTo("/login?signin-error=no-account");
        assertThat(browser.cookie("/", "ledger_token")).isNull();
        assertThat(db.count("SELECT count(*) FROM users")).isEqualTo(users);
    }

    @Test
    void aLinkedUserSignsInAndCannotUnlinkTheirOnlyWayIn() {
        String username = Api.uniqueUsername();
        db.update("INSERT INTO users (username, password_hash, created_at, time_zone, locale) "
                + "VALUES (?, '!none', 0, 'UTC', 'en')", username);
        long userId = ((Number) db.rows("SELECT id FROM users WHERE username = ?", username).get(0).get("id"))
                .longValue();
        db.update("INSERT INTO identity_links (user_id, issuer, subject, created_at) "
                + "VALUES (?, 'https://server.example.com', ?, 0)", userId, ProviderStandIn.SUBJECT);

        ProviderBrowser browser = new ProviderBrowser();
        assertThat(browser.signIn()).isEqualTo("/");
        String token = browser.cookie("/", "ledger_token");
        given().cookie("ledger_token", token).get("/api/me").then().statusCode(200).body("username", equalTo(username));
        long linkId = ((Number) given().cookie("ledger_token", token).get("/api/me/identity-links").then()
                .statusCode(200).extract().path("[0].id")).longValue();
        given().cookie("ledger_token", token).delete("/api/me/identity-links/" + linkId).then().statusCode(409)
                .body("type", equalTo("/problems/last-way-in"));
    }
}
