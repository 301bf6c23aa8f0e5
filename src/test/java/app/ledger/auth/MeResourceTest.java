package app.ledger.auth;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import app.ledger.support.Api;
import app.ledger.support.Database;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A user's time zone and locale: chosen at registration, shown and changed at /api/me. */
@QuarkusTest
class MeResourceTest {

    @Inject
    AgroalDataSource dataSource;

    private static String registerAndLogin(Map<String, Object> extra) {
        String username = Api.uniqueUsername();
        Map<String, Object> body = new HashMap<>(extra);
        body.put("username", username);
        body.put("password", Api.PASSWORD);
        given().contentType(ContentType.JSON).body(body).post("/api/auth/register").then().statusCode(201);
        return Api.login(username, Api.PASSWORD);
    }

    @Test
    void aUserRegisteredWithoutPreferencesHasUtcAndEnglish() {
        String token = registerAndLogin(Map.of());

        Api.as(token).get("/api/me").then().statusCode(200)
                .body("timeZone", equalTo("UTC"))
                .body("locale", equalTo("en"));
    }

    @Test
    void theTimeZoneAndLocaleSentAtRegistrationAreKeptTheTagInItsCanonicalForm() {
        String username = Api.uniqueUsername();
        given().contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", Api.PASSWORD, "timeZone", "Europe/Zurich",
                        "locale", "de-ch"))
                .post("/api/auth/register").then().statusCode(201)
                .body("timeZone", equalTo("Europe/Zurich"))
                .body("locale", equalTo("de-CH"));

        given().contentType(ContentType.JSON).body(Map.of("username", username, "password", Api.PASSWORD))
                .post("/api/auth/login").then().statusCode(200)
                .body("user.timeZone", equalTo("Europe/Zurich"))
                .body("user.locale", equalTo("de-CH"));
    }

    @Test
    void aRegistrationWithAnUnknownTimeZoneIsRefusedAndCreatesNobody() {
        String username = Api.uniqueUsername();
        given().contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", Api.PASSWORD, "timeZone", "Mars/Olympus_Mons",
                        "locale", "not a tag"))
                .post("/api/auth/register").then().statusCode(400)
                .body("type", equalTo("/problems/invalid-input"))
                .body("errors.field", hasItem("timeZone"))
                .body("errors.field", hasItem("locale"));

        assertThat(new Database(dataSource).count("SELECT count(*) FROM users WHERE username = ?", username))
                .isZero();
    }

    @Test
    void patchChangesOnlyTheFieldsItNames() {
        String token = registerAndLogin(Map.of("timeZone", "Asia/Tokyo", "locale", "ja"));

        Api.jsonAs(token).body(Map.of("locale", "pt-br")).patch("/api/me").then().statusCode(200)
                .body("timeZone", equalTo("Asia/Tokyo"))
                .body("locale", equalTo("pt-BR"));
        Api.jsonAs(token).body(Map.of("timeZone", "America/Sao_Paulo")).patch("/api/me").then().statusCode(200)
                .body("timeZone", equalTo("America/Sao_Paulo"))
                .body("locale", equalTo("pt-BR"));

        Api.as(token).get("/api/me").then().statusCode(200)
                .body("timeZone", equalTo("America/Sao_Paulo"))
                .body("locale", equalTo("pt-BR"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"+02:00", "GMT+2", "europe/berlin", "Europe/Nowhere", "", "UTC ",
            "America/Argentina/Buenos_Aires/And/Then/Some/More/Characters/Than/Anyone/Needs"})
    void aTimeZoneThatIsNotAnIanaIdIsRefusedAndNothingChanges(String timeZone) {
        String token = registerAndLogin(Map.of("timeZone", "Europe/Paris", "locale", "fr"));

        Api.jsonAs(token).body(Map.of("timeZone", timeZone, "locale", "de")).patch("/api/me").then()
                .statusCode(400)
                .body("type", equalTo("/problems/invalid-input"))
                .body("errors[0].field", equalTo("timeZone"));

        Api.as(token).get("/api/me").then().body("timeZone", equalTo("Europe/Paris")).body("locale", equalTo("fr"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "x-private", "12", "en_US",
            "en-US-u-ca-gregory-nu-latn-co-phonebk-tz-usnyc"})
    void aLocaleThatIsNotAUsableLanguageTagIsRefused(String locale) {
        String token = registerAndLogin(Map.of());

        Api.jsonAs(token).body(Map.of("locale", locale)).patch("/api/me").then()
                .statusCode(400)
                .body("errors[0].field", equalTo("locale"));
        Api.as(token).get("/api/me").then().body("locale", equalTo("en"));
    }

    @Test
    void patchNeedsALogin() {
        given().contentType(ContentType.JSON).body(Map.of("locale", "de")).patch("/api/me").then().statusCode(401);
    }
}
