package app.ledger.auth.throttle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RegistrationThrottleTest {

    private Instant now = Instant.parse("2026-01-01T00:00:00Z");
    private final Clock clock = new Clock() {
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
    };
    private final RegistrationThrottle throttle = new RegistrationThrottle(3, 1_000, clock);

    private long retryAfter(String address) {
        try {
            throttle.admit(address);
            return 0;
        } catch (TooManyRegistrationsException e) {
            assertThat(e.status()).isEqualTo(429);
            return Long.parseLong(e.headers().get("Retry-After"));
        }
    }

    @Test
    void anAddressMayRegisterTheConfiguredNumberPerHour() {
        for (int i = 0; i < 3; i++) {
            assertThat(retryAfter("10.0.0.1")).isZero();
        }
        assertThat(retryAfter("10.0.0.1")).isEqualTo(3600);
        assertThat(retryAfter("10.0.0.2")).as("another address").isZero();

        now = now.plus(Duration.ofMinutes(59));
        assertThat(retryAfter("10.0.0.1")).isEqualTo(60);
        now = now.plus(Duration.ofMinutes(1));
        assertThatCode(() -> throttle.admit("10.0.0.1")).doesNotThrowAnyException();
    }

    @Test
    void refusedAttemptsDoNotExtendTheWait() {
        for (int i = 0; i < 3; i++) {
            throttle.admit("10.0.0.3");
        }
        now = now.plus(Duration.ofMinutes(30));
        for (int i = 0; i < 50; i++) {
            assertThatThrownBy(() -> throttle.admit("10.0.0.3")).isInstanceOf(TooManyRegistrationsException.class);
        }
        now = now.plus(Duration.ofMinutes(30));
        assertThat(retryAfter("10.0.0.3")).isZero();
    }

    @Test
    void itRemembersNoMoreThanAFixedNumberOfAddresses() {
        for (int i = 0; i < 100_000; i++) {
            throttle.admit("10." + (i >> 16) + "." + ((i >> 8) & 255) + "." + (i & 255));
            assertThat(throttle.trackedAddresses()).isLessThanOrEqualTo(1_000);
        }
    }
}
