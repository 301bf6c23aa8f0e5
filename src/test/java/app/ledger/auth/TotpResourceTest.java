package app.ledger.auth;

import static app.ledger.auth.totp.TwoStepUser.STEP;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import app.ledger.auth.totp.Base32;
import app.ledger.auth.totp.SettableTotpClock;
import app.ledger.auth.totp.Totp;
import app.ledger.auth.totp.TwoStepUser;
import app.ledger.support.Api;
import app.ledger.support.Database;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Two-step login with TOTP: /api/me/totp, and the login that then needs a code. */
@QuarkusTest
class TotpResourceTest {

    @Inject
    SettableTotpClock clock;

    @Inject
    AgroalDataSource dataSource;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    /** A user with two-step login on, turned on at {@link #STEP}. */
    private TwoStepUser twoStepUser() {
        return TwoStepUser.create(clock, STEP);
    }

    private static Response login(String username, Map<String, String> extra) {
        Map<String, String> body = new HashMap<>(extra);
        body.put("username", username);
        body.putIfAbsent("password", Api.PASSWORD);
        return given().contentType(ContentType.JSON).body(body).post("/api/auth/login");
    }

    @Test
    void setupGivesASecretAndItsUriAndChangesNothingUntilConfirmed() {
        String username = Api.uniqueUsername();
        Api.register(username, Api.PASSWORD);
        String token = Api.login(username, Api.PASSWORD);

        Response setup = Api.as(token).post("/api/me/totp");

        setup.then().statusCode(200).header("Cache-Control", "no-store");
        String secret = setup.path("secret");
        assertThat(secret).matches("[A-Z2-7]{32}");
        assertThat(setup.<String>path("otpauthUri")).isEqualTo("otpauth://totp/Ledger%3A" + username + "?secret="
                + secret + "&issuer=Ledger&algorithm=SHA1&digits=6&period=30");
        login(username, Map.of()).then().statusCode(200);
        String stored = (String) new Database(dataSource).rows(
                "SELECT secret FROM totp_credentials t JOIN users u ON u.id = t.user_id WHERE u.username = ?",
                username).get(0).get("secret");
        assertThat(stored).as("stored encrypted").startsWith("1.")
                .doesNotContain(secret).doesNotContain(secret.toLowerCase(Locale.ROOT));
    }

    @Test
    void aWrongConfirmationCodeLeavesTwoStepLoginOff() {
        String username = Api.uniqueUsername();
        Api.register(username, Api.PASSWORD);
        String token = Api.login(username, Api.PASSWORD);
        String secret = Api.as(token).post("/api/me/totp").then().statusCode(200).extract().path("secret");
        clock.atStep(STEP);
        String wrong = Totp.code(Base32.decode(secret), STEP + 5);

        Api.jsonAs(token).body(Map.of("code", wrong)).post("/api/me/totp/confirm")
                .then().statusCode(403).body("type", equalTo("/problems/wrong-code"));

        login(username, Map.of()).then().statusCode(200);
        Api.jsonAs(token).body(Map.of("code", "")).post("/api/me/totp/confirm")
                .then().statusCode(400).body("errors[0].field", equalTo("code"));
    }

    @Test
    void withTwoStepLoginOnThePasswordAloneAsksForTheSecondFactor() {
        TwoStepUser user = twoStepUser();

        login(user.username(), Map.of()).then().statusCode(401)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/second-factor-required"))
                .body("accepts", equalTo(List.of("totp", "recoveryCode")));
        login(user.username(), Map.of("password", "not the password", "totp", user.code(STEP + 1)))
                .then().statusCode(401).body("type", equalTo("/problems/invalid-credentials"));

        clock.atStep(STEP + 1);
        login(user.username(), Map.of("totp", user.code(STEP + 1))).then().statusCode(200);
    }

    @Test
    void aCodeIsNotAcceptedTwice() {
        TwoStepUser user = twoStepUser();
        login(user.username(), Map.of("totp", user.code(STEP))).then().statusCode(401)
                .body("type", equalTo("/problems/invalid-second-factor"));

        clock.atStep(STEP + 1);
        login(user.username(), Map.of("totp", user.code(STEP + 1))).then().statusCode(200);
        login(user.username(), Map.of("totp", user.code(STEP + 1))).then().statusCode(401)
                .body("type", equalTo("/problems/invalid-second-factor"));
        login(user.username(), Map.of("totp", user.code(STEP))).then().statusCode(401);
    }

    @Test
    void oneStepEitherSideIsAcceptedAndTwoStepsAreNot() {
        TwoStepUser user = twoStepUser();
        long now = STEP + 10;
        clock.atStep(now);

        login(user.username(), Map.of("totp", user.code(now - 2))).then().statusCode(401);
        login(user.username(), Map.of("totp", user.code(now + 2))).then().statusCode(401);
        login(user.username(), Map.of("totp", user.code(now - 1))).then().statusCode(200);
        login(user.username(), Map.of("totp", user.code(now + 1))).then().statusCode(200);
    }

    @Test
    void aRecoveryCodeWorksOnce() {
        TwoStepUser user = twoStepUser();
        assertThat(user.recoveryCodes()).hasSize(10).doesNotHaveDuplicates()
                .allMatch(code -> code.matches("[a-z2-7]{4}(-[a-z2-7]{4}){3}"));
        String first = user.recoveryCodes().get(0);

        login(user.username(), Map.of("recoveryCode", first)).then().statusCode(200);
        login(user.username(), Map.of("recoveryCode", first)).then().statusCode(401)
                .body("type", equalTo("/problems/invalid-second-factor"));
        String second = user.recoveryCodes().get(1).replace("-", "").toUpperCase(Locale.ROOT);
        login(user.username(), Map.of("recoveryCode", second)).then().statusCode(200);
        assertThat(new Database(dataSource).rows("SELECT code_hash FROM recovery_codes r JOIN users u "
                + "ON u.id = r.user_id WHERE u.username = ?", user.username()))
                .as("stored hashed").noneMatch(row -> user.recoveryCodes().stream()
                        .anyMatch(code -> row.get("code_hash").toString().contains(code.replace("-", ""))));
    }

    @Test
    void wrongCodesAreThrottledLikeWrongPasswords() {
        TwoStepUser user = twoStepUser();
        clock.atStep(STEP + 1);
        for (int i = 0; i < 5; i++) {
            login(user.username(), Map.of("totp", user.code(STEP + 20 + i))).then().statusCode(401);
        }

        login(user.username(), Map.of("totp", user.code(STEP + 1))).then().statusCode(429)
                .body("type", equalTo("/problems/too-many-attempts"));
    }

    @Test
    void turningItOffNeedsThePasswordAndACurrentCode() {
        TwoStepUser user = twoStepUser();
        clock.atStep(STEP + 1);

        Api.jsonAs(user.token()).body(Map.of("password", "not the password", "code", user.code(STEP + 1)))
                .delete("/api/me/totp").then().statusCode(403).body("type", equalTo("/problems/wrong-password"));
        Api.jsonAs(user.token()).body(Map.of("password", Api.PASSWORD, "code", user.code(STEP + 5)))
                .delete("/api/me/totp").then().statusCode(403).body("type", equalTo("/problems/wrong-code"));
        login(user.username(), Map.of()).then().statusCode(401);

        Api.jsonAs(user.token()).body(Map.of("password", Api.PASSWORD, "code", user.code(STEP + 1)))
                .delete("/api/me/totp").then().statusCode(204);

        login(user.username(), Map.of()).then().statusCode(200);
        login(user.username(), Map.of("recoveryCode", user.recoveryCodes().get(0))).then().statusCode(200);
        Api.jsonAs(user.token()).body(Map.of("password", Api.PASSWORD, "code", user.code(STEP + 2)))
                .delete("/api/me/totp").then().statusCode(409).body("type", equalTo("/problems/second-factor-not-on"));
    }

    @Test
    void aLostAuthenticatorIsTurnedOffWithARecoveryCode() {
        TwoStepUser user = twoStepUser();

        Api.jsonAs(user.token()).body(Map.of("password", Api.PASSWORD, "code", user.recoveryCodes().get(3)))
                .delete("/api/me/totp").then().statusCode(204);

        login(user.username(), Map.of()).then().statusCode(200);
    }

    @Test
    void settingUpAgainWhileOnIsRefused() {
        TwoStepUser user = twoStepUser();

        Api.as(user.token()).post("/api/me/totp").then().statusCode(409)
                .body("type", equalTo("/problems/second-factor-already-on"));

        clock.atStep(STEP + 1);
        login(user.username(), Map.of("totp", user.code(STEP + 1))).then().statusCode(200);
    }

    @Test
    void theStatusFollowsSetupConfirmationAndRecoveryCodeUse() {
        String username = Api.uniqueUsername();
        Api.register(username, Api.PASSWORD);
        String token = Api.login(username, Api.PASSWORD);
        Api.as(token).get("/api/me/totp").then().statusCode(200)
                .body("enabled", equalTo(false)).body("pending", equalTo(false));
        Api.as(token).post("/api/me/totp").then().statusCode(200);
        Api.as(token).get("/api/me/totp").then().statusCode(200)
                .body("enabled", equalTo(false)).body("pending", equalTo(true));

        TwoStepUser user = twoStepUser();
        Api.as(user.token()).get("/api/me/totp").then().statusCode(200)
                .body("enabled", equalTo(true)).body("pending", equalTo(false)).body("recoveryCodesLeft", equalTo(10));
        login(user.username(), Map.of("recoveryCode", user.recoveryCodes().get(0))).then().statusCode(200);
        Api.as(user.token()).get("/api/me/totp").then().statusCode(200).body("recoveryCodesLeft", equalTo(9));
    }
}
