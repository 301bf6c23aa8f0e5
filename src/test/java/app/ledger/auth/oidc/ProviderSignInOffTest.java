package app.ledger.auth.oidc;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import app.ledger.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Off by default: no provider is configured or asked, and the sign-in and link routes do not exist. */
@QuarkusTest
class ProviderSignInOffTest {

    @Test
    void theSignInAndLinkRoutesAnswer404() {
        given().redirects().follow(false).get("/api/auth/oidc/login").then().statusCode(404)
                .body("type", equalTo("/problems/not-found"));
        String token = Api.newUser();
        Api.as(token).get("/api/me/identity-links").then().statusCode(404);
        Api.as(token).post("/api/me/identity-links/start").then().statusCode(404);
        Api.as(token).delete("/api/me/identity-links/1").then().statusCode(404);
    }

    @Test
    void theLoginPageLearnsThatOnlyPasswordsAreTaken() {
        given().get("/api/auth/config").then().statusCode(200)
                .body("passwordLogin", equalTo(true))
                .body("provider", nullValue());
    }
}
