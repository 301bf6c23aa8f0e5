package app.ledger.auth.throttle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleRulesTest {

    private final MutableClock clock = new MutableClock();
    private final LoginThrottle throttle = new LoginThrottle(3, 10, Duration.ofSeconds(1), Duration.ofSeconds(60),
            Duration.ofMinutes(15), 10_000, clock);

    private long retryAfter(String user, String address) {
        try {
            throttle.checkAllowed(user, address);
            return 0;
        } catch (TooManyAttemptsException e) {
            return Long.parseLong(e.headers().get("Retry-After"));
        }
    }

    @Test
    void theFirstFailuresAreFreeThenTheDelayDoublesUpToTheMaximum() {
        for (int i = 0; i < 3; i++) {
            throttle.recordFailure("alice", "10.0.0.1");
        }
        assertThat(retryAfter("alice", "10.0.0.1")).isZero();
        throttle.recordFailure("alice", "10.0.0.1");
        assertThat(retryAfter("alice", "10.0.0.1")).isEqualTo(1);
        throttle.recordFailure("alice", "10.0.0.1");
        assertThat(retryAfter("alice", "10.0.0.1")).isEqualTo(2);
        throttle.recordFailure("alice", "10.0.0.1");
        assertThat(retryAfter("alice", "10.0.0.1")).isEqualTo(4);
        for (int i = 0; i < 20; i++) {
            throttle.recordFailure("alice", "10.0.0.1");
        }
        assertThat(retryAfter("alice", "10.0.0.1")).isEqualTo(60);
    }

    @Test
    void aUsernameIsHeldBackFromEveryAddress() {
        for (int i = 0; i < 4; i++) {
            throttle.recordFailure("bob", "10.0.0." + i);
        }
        assertThatThrownBy(() -> throttle.checkAllowed("bob", "192.168.1.1"))
                .isInstanceOf(TooManyAttemptsException.class);
        assertThatCode(() -> throttle.checkAllowed("carol", "192.168.1.1")).doesNotThrowAnyException();
    }

    @Test
    void anAddressGuessingManyUsernamesIsHeldBack() {
        for (int i = 0; i < 11; i++) {
            throttle.recordFailure("user" + i, "10.9.9.9");
        }
        assertThat(retryAfter("someone-new", "10.9.9.9")).isPositive();
        assertThat(retryAfter("someone-new", "10.9.9.8")).isZero();
    }

    @Test
    void theHoldEndsWhenTheDelayHasPassed() {
        for (int i = 0; i < 4; i++) {
            throttle.recordFailure("dave", "10.0.0.2");
        }
        assertThat(retryAfter("dave", "10.0.0.2")).isEqualTo(1);
        clock.advance(Duration.ofMillis(1001));
        assertThat(retryAfter("dave", "10.0.0.2")).isZero();
    }

    @Test
    void failuresOlderThanTheWindowAreForgottenAndSuccessClearsTheUsername() {
        for (int i = 0; i < 3; i++) {
            throttle.recordFailure("erin", "10.0.0.3");
        }
        clock.advance(Duration.ofMinutes(16));
        throttle.recordFailure("erin", "10.0.0.3");
        assertThat(retryAfter("erin", "10.0.0.3")).isZero();

        for (int i = 0; i < 3; i++) {
            throttle.recordFailure("frank", "10.0.0.4");
        }
        throttle.recordSuccess("frank");
        throttle.recordFailure("frank", "10.0.0.4");
        assertThat(retryAfter("frank", "10.0.0.4")).isZero();
    }

    @Test
    void aHundredThousandDistinctFailuresStayWithinTheConfiguredNumberOfEntries() {
        LoginThrottle bounded = new LoginThrottle(3, 10, Duration.ofSeconds(1), Duration.ofSeconds(60),
                Duration.ofMinutes(15), 1_000, clock);
        for (int i = 0; i < 100_000; i++) {
            bounded.recordFailure("user" + i, "10." + (i >> 16) + "." + ((i >> 8) & 255) + "." + (i & 255));
            assertThat(bounded.trackedEntries()).isLessThanOrEqualTo(1_000);
        }
        for (int i = 0; i < 4; i++) {
            bounded.recordFailure("mallory", "10.200.0.1");
        }
        assertThatThrownBy(() -> bounded.checkAllowed("mallory", "10.200.0.2"))
                .as("the most recent failures are the ones kept")
                .isInstanceOf(TooManyAttemptsException.class);
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
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
