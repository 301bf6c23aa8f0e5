package app.ledger.auth.personaltoken;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class KnownTokensTest {

    private static KnownToken token(long id, long userId) {
        PersonalToken row = new PersonalToken();
        row.id = id;
        row.userId = userId;
        row.scopes = "read";
        row.createdAt = Instant.now();
        return KnownToken.of(row);
    }

    @Test
    void aRevokedTokenIsForgottenAndALookupThatRacedWithTheRevocationCannotBringItBack() {
        KnownTokens known = new KnownTokens(10);
        KnownToken token = token(1, 7);
        known.remember("h1", token);

        known.forget(1);
        known.remember("h1", token);

        assertThat(known.get("h1")).isNull();
        assertThat(known.size()).isZero();
    }

    @Test
    void pastItsCapacityTheLeastRecentlyUsedTokenIsDroppedWithItsLastUse() {
        KnownTokens known = new KnownTokens(2);
        known.remember("h1", token(1, 7));
        known.remember("h2", token(2, 7));
        known.get("h1").used(1_000, 60_000);

        known.remember("h3", token(3, 7));

        assertThat(known.get("h2")).isNull();
        assertThat(known.usedAt(2)).isZero();
        assertThat(known.usedAt(1)).isEqualTo(1_000);
        assertThat(known.size()).isEqualTo(2);
    }

    @Test
    void aDeletedUsersTokensAreAllForgottenAndOthersKept() {
        KnownTokens known = new KnownTokens(10);
        known.remember("h1", token(1, 7));
        known.remember("h2", token(2, 7));
        known.remember("h3", token(3, 8));

        known.forgetUser(7);
        known.remember("h1", token(1, 7));

        assertThat(known.get("h1")).isNull();
        assertThat(known.get("h2")).isNull();
        assertThat(known.get("h3")).isNotNull();
    }

    @Test
    void useIsWrittenFirstThenAtMostOncePerIntervalAndNeverTwiceAtATime() {
        KnownToken token = token(1, 7);

        assertThat(token.used(100_000, 60_000)).isTrue();
        assertThat(token.used(100_001, 60_000)).isFalse(); // the first write is still under way
        token.recorded(100_000);
        assertThat(token.used(130_000, 60_000)).isFalse();
        assertThat(token.used(160_000, 60_000)).isTrue();
        assertThat(token.usedAt()).isEqualTo(160_000);
    }
}
