package app.ledger.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Registers and logs in real users over HTTP, as a client would. */
public final class Api {

    public static final String PASSWORD = "a long enough password";

    private Api() {
    }

    public static String uniqueUsername() {
        return "u" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    public static void register(String username, String password) {
        given().contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", password))
                .post("/api/auth/register")
                .then().statusCode(201);
    }

    public static String login(String username, String password) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", password))
                .post("/api/auth/login")
                .then().statusCode(200)
                .extract().path("token");
    }

    /** A new user, logged in: returns the bearer token. */
    public static String newUser() {
        String username = uniqueUsername();
        register(username, PASSWORD);
        return login(username, PASSWORD);
    }

    /** A string claim of a token, read without checking it (the service does that), or null. */
    public static String claim(String token, String name) {
        String payload = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
        Matcher value = Pattern.compile("\"" + Pattern.quote(name) + "\":\"([^\"]*)\"").matcher(payload);
        return value.find() ? value.group(1) : null;
    }

    public static RequestSpecification as(String token) {
        return given().header("Authorization", "Bearer " + token);
    }

    public static RequestSpecification jsonAs(String token) {
        return as(token).contentType(ContentType.JSON);
    }
}
