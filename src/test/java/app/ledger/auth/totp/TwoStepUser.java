package app.ledger.auth.totp;

import app.ledger.support.Api;
import java.util.List;
import java.util.Map;

/** A user with two-step login on, made over HTTP: turned on with the code of {@code step}, the clock held there. */
public record TwoStepUser(String username, String token, byte[] secret, List<String> recoveryCodes) {

    /** A time step in the middle of 2026 for tests to hold the clock at, moving on from it as codes are used. */
    public static final long STEP = 59_000_000;

    public static TwoStepUser create(SettableTotpClock clock, long step) {
        String username = Api.uniqueUsername();
        Api.register(username, Api.PASSWORD);
        String token = Api.login(username, Api.PASSWORD);
        String secret = Api.as(token).post("/api/me/totp").then().statusCode(200).extract().path("secret");
        clock.atStep(step);
        List<String> codes = Api.jsonAs(token).body(Map.of("code", Totp.code(Base32.decode(secret), step)))
                .post("/api/me/totp/confirm")
                .then().statusCode(200).header("Cache-Control", "no-store")
                .extract().path("recoveryCodes");
        return new TwoStepUser(username, token, Base32.decode(secret), codes);
    }

    /** The authenticator's code of a time step. */
    public String code(long step) {
        return Totp.code(secret, step);
    }
}
