package app.ledger.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.UUID;

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

    public static RequestSpecification as(String token) {
        return given().header("Authorization", "Bearer " + token);
    }

    public static RequestSpecification jsonAs(String token) {
        return as(token).contentType(ContentType.JSON);
    }
}
