package app.ledger.auth.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import app.ledger.live.LiveHub;
import app.ledger.persistence.InstantMicrosConverter;
import app.ledger.support.Api;
import app.ledger.support.Database;
import app.ledger.support.SseClient;
import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** Sessions this instance did not open, sessions gone from the database, and what each costs. */
@QuarkusTest
class SessionsTest {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Sessions sessions;

    @Inject
    MeterRegistry meters;

    @Inject
    SessionRepository repository;

    @Inject
    LiveHub hub;

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

    @Test
    void lastSeenIsRecordedAndASessionDeletedBehindTheServicesBackEndsWithItsStreams() throws Throwable {
        String kept = Api.newUser();
        String deleted = Api.newUser();
        String keptId = Api.claim(kept, "sid");
        long createdAt = ((Number) db().rows("SELECT created_at FROM sessions WHERE id = ?", keptId).get(0)
                .get("created_at")).longValue();
        Api.as(kept).get("/api/me").then().statusCode(200);
        try (SseClient stream = SseClient.open(deleted, null)) {
            assertThat(stream.status).isEqualTo(200);
            await().until(() -> hub.openStreams() >= 1);
            // as if another instance ended it and its notification was lost, or an operator deleted it
            db().update("DELETE FROM sessions WHERE id = ?", Api.claim(deleted, "sid"));
            Api.as(deleted).get("/api/me").then().statusCode(200); // still in memory until the next record

            VertxContextSupport.subscribeAndAwait(() -> sessions.recordLastSeen());

            assertThat(stream.endsWithin(Duration.ofSeconds(2))).isTrue();
        }
        Api.as(deleted).get("/api/me").then().statusCode(401);
        Api.as(kept).get("/api/me").then().statusCode(200);
        long lastSeen = ((Number) db().rows("SELECT last_seen_at FROM sessions WHERE id = ?", keptId).get(0)
                .get("last_seen_at")).longValue();
        assertThat(lastSeen).isGreaterThan(createdAt);
    }

    @Test
    void anotherUsersSessionIdEndsNothing() throws Throwable {
        String owner = Api.newUser();
        long otherUserId = Long.parseLong(Api.as(Api.newUser()).get("/api/me").path("id").toString());

        VertxContextSupport.subscribeAndAwait(() -> sessions.end(otherUserId, Api.claim(owner, "sid")));

        Api.as(owner).get("/api/me").then().statusCode(200);
        assertThat(db().count("SELECT count(*) FROM sessions WHERE id = ?", Api.claim(owner, "sid"))).isOne();
    }

    @Test
    void expiredSessionsAreDeleted() throws Throwable {
        String userId = Api.as(Api.newUser()).get("/api/me").path("id").toString();
        long past = InstantMicrosConverter.toMicros(Instant.now().minusSeconds(60));
        db().update("INSERT INTO sessions (id, user_id, created_at, last_seen_at, expires_at) VALUES (?, ?, ?, ?, ?)",
                "expired-" + userId, Long.parseLong(userId), past, past, past);

        VertxContextSupport.subscribeAndAwait(() -> sessions.recordLastSeen());

        assertThat(db().count("SELECT count(*) FROM sessions WHERE id = ?", "expired-" + userId)).isZero();
    }

    @Test
    void theSessionsLoadedAtStartAreTheLiveOnesMostRecentlySeenFirstAndAtMostTheLimit() throws Throwable {
        String userId = Api.as(Api.newUser()).get("/api/me").path("id").toString();
        Instant now = Instant.now();
        // far in the future, so that they come before every session other tests opened
        long seenLater = InstantMicrosConverter.toMicros(now.plusSeconds(7_200));
        long seenEarlier = seenLater - 1;
        long expires = InstantMicrosConverter.toMicros(now.plusSeconds(3_600)) + 123;
        long expired = InstantMicrosConverter.toMicros(now.minusSeconds(1));
        db().update("INSERT INTO sessions (id, user_id, created_at, last_seen_at, expires_at) VALUES (?, ?, ?, ?, ?)",
                "earlier-" + userId, Long.parseLong(userId), seenEarlier, seenEarlier, expires);
        db().update("INSERT INTO sessions (id, user_id, created_at, last_seen_at, expires_at) VALUES (?, ?, ?, ?, ?)",
                "later-" + userId, Long.parseLong(userId), seenLater, seenLater, expires);
        db().update("INSERT INTO sessions (id, user_id, created_at, last_seen_at, expires_at) VALUES (?, ?, ?, ?, ?)",
                "gone-" + userId, Long.parseLong(userId), seenLater + 1, seenLater + 1, expired);

        List<LiveSession> live = VertxContextSupport.subscribeAndAwait(
                () -> Panache.withSession(() -> repository.live(now, 2)));

        assertThat(live).extracting(session -> session.id).containsExactly("later-" + userId, "earlier-" + userId);
        assertThat(live.get(0).userId).isEqualTo(Long.parseLong(userId));
        assertThat(live.get(0).expiresAt).isEqualTo(InstantMicrosConverter.fromMicros(expires));
        assertThat(live.get(0).seenAt()).isEqualTo(InstantMicrosConverter.fromMicros(seenLater).toEpochMilli());
        db().update("DELETE FROM sessions WHERE id IN (?, ?, ?)", "earlier-" + userId, "later-" + userId, "gone-" + userId);
    }
}
