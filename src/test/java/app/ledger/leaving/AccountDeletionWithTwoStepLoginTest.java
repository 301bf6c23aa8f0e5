package app.ledger.leaving;

import static app.ledger.auth.totp.TwoStepUser.STEP;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import app.ledger.auth.totp.SettableTotpClock;
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
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** DELETE /api/me of a user with two-step login on: the password alone is not enough. */
@QuarkusTest
class AccountDeletionWithTwoStepLoginTest {

    @Inject
    SettableTotpClock clock;

    @Inject
    AgroalDataSource dataSource;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private static Response delete(TwoStepUser user, String password, String totp) {
        Map<String, Object> body = new HashMap<>();
        body.put("password", password);
        if (totp != null) {
            body.put("totp", totp);
        }
        return Api.jsonAs(user.token()).body(body).delete("/api/me");
    }

    private static Response login(TwoStepUser user, String totp) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("username", user.username(), "password", Api.PASSWORD, "totp", totp))
                .post("/api/auth/login");
    }

    /** The user, their second factor and their recovery codes are all still there. */
    private void assertStillThere(TwoStepUser user) {
        Api.as(user.token()).get("/api/me").then().statusCode(200);
        Database db = new Database(dataSource);
        assertThat(db.count("SELECT count(*) FROM users WHERE username = ?", user.username())).isOne();
        assertThat(db.count("SELECT count(*) FROM totp_credentials t JOIN users u ON u.id = t.user_id "
                + "WHERE u.username = ? AND t.enabled_at IS NOT NULL", user.username())).isOne();
        assertThat(db.count("SELECT count(*) FROM recovery_codes r JOIN users u ON u.id = r.user_id "
                + "WHERE u.username = ?", user.username())).isEqualTo(10);
    }

    private void assertGone(TwoStepUser user) {
        Api.as(user.token()).get("/api/me").then().statusCode(401);
        assertThat(new Database(dataSource).count("SELECT count(*) FROM users WHERE username = ?", user.username()))
                .isZero();
    }

    @Test
    void withoutACodeTheDeletionIsRefusedWith403CodeRequiredAndDeletesNothing() {
        TwoStepUser user = TwoStepUser.create(clock, STEP);
        clock.atStep(STEP + 1);

        delete(user, Api.PASSWORD, null).then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/code-required"))
                .body("accepts", equalTo(List.of("totp")));
        delete(user, Api.PASSWORD, " ").then().statusCode(403)
                .body("type", equalTo("/problems/code-required"));

        assertStillThere(user);
    }

    @Test
    void aWrongCodeIsRefusedAndDeletesNothing() {
        TwoStepUser user = TwoStepUser.create(clock, STEP);
        clock.atStep(STEP + 1);

        delete(user, Api.PASSWORD, user.code(STEP + 5)).then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/wrong-code"));
        delete(user, Api.PASSWORD, "aaaa-bbbb-cccc-dddd").then().statusCode(403)
                .body("type", equalTo("/problems/wrong-code"));

        assertStillThere(user);
    }

    @Test
    void aCodeUsedAlreadyIsRefusedAndDeletesNothing() {
        TwoStepUser user = TwoStepUser.create(clock, STEP);
        clock.atStep(STEP + 1);
        login(user, user.code(STEP + 1)).then().statusCode(200);

        delete(user, Api.PASSWORD, user.code(STEP + 1)).then().statusCode(403)
                .body("type", equalTo("/problems/wrong-code"));
        delete(user, Api.PASSWORD, user.code(STEP)).then().statusCode(403)
                .body("type", equalTo("/problems/wrong-code"));

        assertStillThere(user);
    }

    @Test
    void aWrongPasswordWithARightCodeIsRefusedAndLeavesTheCodeUnused() {
        TwoStepUser user = TwoStepUser.create(clock, STEP);
        clock.atStep(STEP + 1);

        delete(user, "not the password at all", user.code(STEP + 1)).then().statusCode(403)
                .body("type", equalTo("/problems/wrong-password"));

        assertStillThere(user);
        login(user, user.code(STEP + 1)).then().statusCode(200);
    }

    @Test
    void theCurrentCodeDeletesTheUserWithTheirSecondFactorAndRecoveryCodes() {
        TwoStepUser user = TwoStepUser.create(clock, STEP);
        clock.atStep(STEP + 1);
        long userId = ((Number) Api.as(user.token()).get("/api/me").path("id")).longValue();

        delete(user, Api.PASSWORD, user.code(STEP + 1)).then().statusCode(204);

        assertGone(user);
        Database db = new Database(dataSource);
        assertThat(db.count("SELECT count(*) FROM totp_credentials WHERE user_id = ?", userId)).isZero();
        assertThat(db.count("SELECT count(*) FROM recovery_codes WHERE user_id = ?", userId)).isZero();
        assertThat(db.count("SELECT count(*) FROM audit_events WHERE user_id = ?", userId)).isZero();
    }

    @Test
    void aRecoveryCodeDeletesTheUser() {
        TwoStepUser user = TwoStepUser.create(clock, STEP);

        delete(user, Api.PASSWORD, user.recoveryCodes().get(4)).then().statusCode(204);

        assertGone(user);
    }

    /** A stolen session with the password must not try codes without end: a right password clears nothing. */
    @Test
    void wrongCodesAreThrottledLikeLoginsEvenWithTheRightPassword() {
        TwoStepUser user = TwoStepUser.create(clock, STEP);
        clock.atStep(STEP + 1);
        for (int i = 0; i < 5; i++) {
            delete(user, Api.PASSWORD, user.code(STEP + 20 + i)).then().statusCode(403)
                    .body("type", equalTo("/problems/wrong-code"));
        }

        delete(user, Api.PASSWORD, user.code(STEP + 1)).then().statusCode(429)
                .body("type", equalTo("/problems/too-many-attempts"));

        assertStillThere(user);
    }
}
