package app.ledger.auth.passkey;

import static io.restassured.RestAssured.given;

import app.ledger.support.Api;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.Map;

/** Passkeys over HTTP, answered by a {@link SoftwareAuthenticator}. */
public final class PasskeyApi {

    private PasskeyApi() {
    }

    public static JsonPath registrationOptions(String session) {
        return Api.as(session).post("/api/me/passkeys/registration-options")
                .then().statusCode(200).header("Cache-Control", "no-store").extract().jsonPath();
    }

    /** Asks for options and answers them; the response of adding the passkey. */
    public static Response add(String session, SoftwareAuthenticator authenticator, String name) {
        JsonPath options = registrationOptions(session);
        return add(session, name, authenticator.create(options.getString("challenge"), options.getString("user.id")));
    }

    public static Response add(String session, String name, Map<String, Object> credential) {
        return Api.jsonAs(session).body(Map.of("name", name, "credential", credential)).post("/api/me/passkeys");
    }

    /** Adds a passkey; its id. */
    public static long added(String session, SoftwareAuthenticator authenticator, String name) {
        return add(session, authenticator, name).then().statusCode(201).extract().jsonPath().getLong("id");
    }

    public static String signInChallenge() {
        return given().post("/api/auth/passkey/options")
                .then().statusCode(200).header("Cache-Control", "no-store").extract().path("challenge");
    }

    public static Response signIn(Map<String, Object> credential) {
        return given().contentType(ContentType.JSON).body(credential).post("/api/auth/passkey/login");
    }

    /** Signs in with a fresh challenge; the response. */
    public static Response signIn(SoftwareAuthenticator authenticator) {
        return signIn(authenticator.get(signInChallenge()));
    }
}
