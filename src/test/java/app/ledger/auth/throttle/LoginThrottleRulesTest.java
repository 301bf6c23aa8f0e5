package app.ledger.auth.throttle;

import static org.assertj.core.api.Assertions.assertThat;

import app.ledger.config.LedgerConfig;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The throttle's rules on their own, with a clock the test moves. */
class LoginThrottleRulesTest {

    private final MutableClock clock = new MutableClock();
    private final LoginThrottle throttle = new LoginThrottle(new Settings(3, 10, 20, 10_000), clock);

    private long retryAfter(String user, String address) {
        return retryAfter(throttle, user, address);
    }

    private static long retryAfter(LoginThrottle throttle, String user, String address) {
        try {
            throttle.checkAllowed(user, address);
            return 0;
        } catch (TooManyAttemptsException e) {
            return Long.parseLong(e.headers().get("Retry-After"));
        }
    }

    private void fail(int times, String user, String address) {
        for (int i = 0; i < times; i++) {
            throttle.recordFailure(user, address);
        }
    }

    @Test
    void theFreeFailuresAreAnsweredThenTheDelayDoublesUpToTheMaximum() {
        fail(2, "alice", "10.0.0.1");
        assertThat(retryAfter("alice", "10.0.0.1")).isZero();
        fail(1, "alice", "10.0.0.1");
        assertThat(retryAfter("alice", "10.0.0.1")).as("after the third free failure").isEqualTo(1);
        fail(1, "alice", "10.0.0.1");
        assertThat(retryAfter("alice", "10.0.0.1")).isEqualTo(2);
        fail(1, "alice", "10.0.0.1");
        assertThat(retryAfter("alice", "10.0.0.1")).isEqualTo(4);
        fail(4, "alice", "10.0.0.1");
        assertThat(retryAfter("alice", "10.0.0.1")).isEqualTo(60);
    }

    @Test
    void failuresFromOneAddressDoNotHoldBackTheSameUsernameFromAnother() {
        fail(9, "bob", "10.0.0.1");
        assertThat(retryAfter("bob", "10.0.0.1")).isPositive();
        assertThat(retryAfter("bob", "192.168.1.1")).isZero();
    }

    @Test
    void manyAddressesFailingForOneUsernameHoldItBackEverywhere() {
        for (int i = 0; i < 19; i++) {
            fail(1, "carol", "10.1.0." + i);
        }
        assertThat(retryAfter("carol", "192.168.1.1")).isZero();
        fail(1, "carol", "10.1.0.19");
        assertThat(retryAfter("carol", "192.168.1.1")).isPositive();
        assertThat(retryAfter("dave", "192.168.1.1")).isZero();
    }

    @Test
    void anAddressGuessingManyUsernamesIsHeldBack() {
        for (int i = 0; i < 9; i++) {
            fail(1, "user" + i, "10.9.9.9");
        }
        assertThat(retryAfter("someone-new", "10.9.9.9")).isZero();
        fail(1, "user9", "10.9.9.9");
        assertThat(retryAfter("someone-new", "10.9.9.9")).isPositive();
        assertThat(retryAfter("someone-new", "10.9.9.8")).isZero();
    }

    @Test
    void theHoldEndsWhenTheDelayHasPassed() {
        fail(3, "erin", "10.0.0.2");
        assertThat(retryAfter("erin", "10.0.0.2")).isEqualTo(1);
        clock.advance(Duration.ofMillis(1001));
        assertThat(retryAfter("erin", "10.0.0.2")).isZero();
    }

    @Test
    void failuresOlderThanTheWindowAreForgotten() {
        fail(2, "frank", "10.0.0.3");
        clock.advance(Duration.ofMinutes(16));
        fail(1, "frank", "10.0.0.3");
        assertThat(retryAfter("frank", "10.0.0.3")).isZero();
    }

    @Test
    void successClearsWhatThatAddressGotWrongForThatUsernameOnly() {
        fail(2, "grace", "10.0.0.4");
        throttle.recordSuccess("grace", "10.0.0.5");
        fail(1, "grace", "10.0.0.4");
        assertThat(retryAfter("grace", "10.0.0.4")).as("a success elsewhere clears nothing here").isPositive();

        fail(2, "heidi", "10.0.0.6");
        throttle.recordSuccess("heidi", "10.0.0.6");
        fail(2, "heidi", "10.0.0.6");
        assertThat(retryAfter("heidi", "10.0.0.6")).isZero();
    }

    @Test
    void aHundredThousandDistinctFailuresStayWithinTheConfiguredNumberOfEntries() {
        LoginThrottle bounded = new LoginThrottle(new Settings(3, 10, 20, 1_000), clock);
        for (int i = 0; i < 100_000; i++) {
            bounded.recordFailure("user" + i, "10." + (i >> 16) + "." + ((i >> 8) & 255) + "." + (i & 255));
            assertThat(bounded.trackedEntries()).isLessThanOrEqualTo(1_000);
        }
        for (int i = 0; i < 3; i++) {
            bounded.recordFailure("mallory", "10.200.0.1");
        }
        assertThat(retryAfter(bounded, "mallory", "10.200.0.1")).as("the latest failures are the ones kept")
                .isPositive();
    }

    private record Settings(int freeAttempts, int freeAttemptsPerAddress, int freeAttemptsPerUsername,
            int maxEntries) implements LedgerConfig.Throttle {

        @Override
        public Duration baseDelay() {
            return Duration.ofSeconds(1);
        }

        @Override
        public Duration maxDelay() {
            return Duration.ofSeconds(60);
        }

        @Override
        public Duration window() {
            return Duration.ofMinutes(15);
        }
    }

    private static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-01-01T00:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
