package app.ledger.auth.passkey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class PasskeyChallengesTest {

    private static final byte[] KEY = new byte[32];
    private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");

    private static PasskeyChallenges at(Instant instant) {
        return new PasskeyChallenges(KEY, Duration.ofMinutes(5), Clock.fixed(instant, ZoneOffset.UTC));
    }

    @Test
    void aChallengeOpensForItsPurposeAndUserUntilItExpires() {
        byte[] challenge = at(NOW).issue(PasskeyChallenges.Purpose.REGISTRATION, 42);

        assertThat(at(NOW.plusSeconds(299)).open(challenge, PasskeyChallenges.Purpose.REGISTRATION, 42))
                .hasValueSatisfying(issued -> assertThat(issued.expiresAt()).isEqualTo(NOW.plusSeconds(300)));
        assertThat(at(NOW.plusSeconds(300)).open(challenge, PasskeyChallenges.Purpose.REGISTRATION, 42)).isEmpty();
        assertThat(at(NOW).open(challenge, PasskeyChallenges.Purpose.REGISTRATION, 43)).isEmpty();
        assertThat(at(NOW).open(challenge, PasskeyChallenges.Purpose.SIGN_IN, 42)).isEmpty();
    }

    @Test
    void aChangedOrForeignChallengeDoesNotOpen() {
        byte[] challenge = at(NOW).issue(PasskeyChallenges.Purpose.SIGN_IN, 0);
        for (int i = 0; i < challenge.length; i++) {
            byte[] changed = challenge.clone();
            changed[i] ^= 1;
            assertThat(at(NOW).open(changed, PasskeyChallenges.Purpose.SIGN_IN, 0)).as("byte %d changed", i).isEmpty();
        }
        PasskeyChallenges otherKey = new PasskeyChallenges(new byte[] {1}, Duration.ofMinutes(5),
                Clock.fixed(NOW, ZoneOffset.UTC));
        assertThat(otherKey.open(challenge, PasskeyChallenges.Purpose.SIGN_IN, 0)).isEmpty();
        assertThat(at(NOW).open(new byte[16], PasskeyChallenges.Purpose.SIGN_IN, 0)).isEmpty();
        assertThat(at(NOW).open(null, PasskeyChallenges.Purpose.SIGN_IN, 0)).isEmpty();
    }

    @Test
    void twoChallengesDiffer() {
        PasskeyChallenges challenges = at(NOW);
        byte[] one = challenges.issue(PasskeyChallenges.Purpose.SIGN_IN, 0);
        byte[] two = challenges.issue(PasskeyChallenges.Purpose.SIGN_IN, 0);
        assertThat(one).isNotEqualTo(two).hasSize(66);
        assertThat(challenges.open(one, PasskeyChallenges.Purpose.SIGN_IN, 0).get().hash())
                .isNotEqualTo(challenges.open(two, PasskeyChallenges.Purpose.SIGN_IN, 0).get().hash());
    }
}
