package app.ledger.auth.session;

import static org.assertj.core.api.Assertions.assertThat;

import app.ledger.persistence.InstantMicrosConverter;
import app.ledger.support.Api;
import app.ledger.support.Database;
import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** Sessions this instance did not open, sessions that do not exist, and what each costs. */
@QuarkusTest
class SessionsTest {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    MeterRegistry meters;

    @ConfigProperty(name = "smallrye.jwt.sign.key.location")
    String privateKeyLocation;

    private Database db() {
        return new Database(dataSource);
    }

    private double lookups(boolean found) {
        return meters.get("ledger.sessions.lookups").tag("found", Boolean.toString(found)).counter().count();
    }

    private String token(String userId, String sessionId) throws Exception {
        return Jwt.issuer("ledger").subject(userId).upn("someone").claim("sid", sessionId)
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(300))
                .jws().sign(KeyUtils.decodePrivateKey(Files.readString(Path.of(privateKeyLocation))));
    }

    @Test
    void aSessionOpenedElsewhereIsReadFromTheDatabaseOnceAndThenServedFromMemory() throws Exception {
        String userId = Api.as(Api.newUser()).get("/api/me").path("id").toString();
        String sessionId = UUID.randomUUID().toString();
        long now = InstantMicrosConverter.toMicros(Instant.now());
        long expires = InstantMicrosConverter.toMicros(Instant.now().plusSeconds(300));
        // as another instance on the same database would have stored it
        db().update("INSERT INTO sessions (id, user_id, created_at, last_seen_at, expires_at) VALUES (?, ?, ?, ?, ?)",
                sessionId, Long.parseLong(userId), now, now, expires);
        String token = token(userId, sessionId);

        double before = lookups(true);
        for (int i = 0; i < 5; i++) {
            Api.as(token).get("/api/me").then().statusCode(200);
        }
        assertThat(lookups(true) - before).isEqualTo(1);
    }

    @Test
    void aTokenNamingNoSessionCostsOneLookupHoweverOftenItIsSent() throws Exception {
        String userId = Api.as(Api.newUser()).get("/api/me").path("id").toString();
        String token = token(userId, UUID.randomUUID().toString());
        double before = lookups(false);
        for (int i = 0; i < 5; i++) {
            Api.as(token).get("/api/me").then().statusCode(401);
        }
        assertThat(lookups(false) - before).isEqualTo(1);
    }
}
