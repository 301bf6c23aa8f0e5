package app.ledger.auth.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class SessionRegistryTest {

    private static final Instant NOW = Instant.parse("2026-01-01T12:00:00Z");

    private static LiveSession session(String id, long user) {
        return new LiveSession(id, user, NOW.plusSeconds(3600), NOW.minusSeconds(60));
    }

    @Test
    void aSessionAdmitsOnlyItsOwnUserAndOnlyUntilItExpires() {
        LiveSession session = session("a", 7);
        assertThat(session.admits(8, NOW)).isFalse();
        assertThat(session.admits(7, NOW)).isTrue();
        assertThat(session.admits(7, NOW.plusSeconds(3600))).isFalse();
    }

    @Test
    void pastTheLimitTheLeastRecentlySeenSessionLeavesMemory() {
        SessionRegistry registry = new SessionRegistry(2, 10);
        LiveSession a = session("a", 1);
        LiveSession b = session("b", 1);
        registry.remember(a);
        registry.remember(b);
        a.admits(1, NOW);
        registry.remember(session("c", 1));
        assertThat(registry.size()).isEqualTo(2);
        assertThat(registry.live("a")).isSameAs(a);
        assertThat(registry.live("b")).isNull();
        assertThat(registry.isGone("b")).as("dropped from memory, not ended").isFalse();
    }

    @Test
    void goneIdsAreBoundedOldestFirst() {
        SessionRegistry registry = new SessionRegistry(10, 2);
        registry.forget("x");
        registry.forget("y");
        registry.forget("z");
        assertThat(registry.isGone("x")).isFalse();
        assertThat(registry.isGone("y")).isTrue();
        assertThat(registry.isGone("z")).isTrue();
    }

    @Test
    void aLookupThatRacedWithALogoutDoesNotBringTheSessionBack() {
        SessionRegistry registry = new SessionRegistry(10, 10);
        LiveSession readBeforeTheLogout = session("a", 1);
        registry.forget("a");
        registry.remember(readBeforeTheLogout);
        assertThat(registry.live("a")).isNull();
    }

    @Test
    void onlySessionsSeenSinceTheLastRecordAreWrittenAgain() {
        SessionRegistry registry = new SessionRegistry(10, 10);
        LiveSession a = session("a", 1);
        LiveSession b = session("b", 1);
        registry.remember(a);
        registry.remember(b);
        a.admits(1, NOW);
        assertThat(registry.seenSinceRecorded()).containsExactly(a);
        a.recorded(a.seenAt());
        assertThat(registry.seenSinceRecorded()).isEmpty();
    }

    @Test
    void expiredSessionsAreDropped() {
        SessionRegistry registry = new SessionRegistry(10, 10);
        registry.remember(session("a", 1));
        registry.dropExpired(NOW.plusSeconds(3600));
        assertThat(registry.live("a")).isNull();
    }
}
