package app.ledger.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class InstantMicrosConverterTest {

    @Test
    void everyFourDigitYearFitsAndComesBackUnchanged() {
        for (String text : new String[] {"0000-01-01T00:00:00Z", "1600-02-29T12:34:56.123456Z", "1969-12-31T23:59:59.999999Z",
                "1970-01-01T00:00:00Z", "2026-11-25T02:38:36.254001Z", "2300-01-01T00:00:00Z", "9999-12-31T23:59:59.999999Z"}) {
            Instant time = Instant.parse(text);
            assertThat(InstantMicrosConverter.fromMicros(InstantMicrosConverter.toMicros(time))).isEqualTo(time);
        }
    }

    @Test
    void theMicrosecondsOfRecentTimesAreTheSameAsBefore() {
        Instant time = Instant.parse("2026-11-25T02:38:36.254001Z");
        assertThat(InstantMicrosConverter.toMicros(time)).isEqualTo(1_795_574_316_254_001L);
        assertThat(InstantMicrosConverter.toMicros(Instant.parse("2026-11-25T02:38:36.254001999Z")))
                .isEqualTo(1_795_574_316_254_001L);
    }

    @Test
    void beyondWhatALongHoldsItThrowsRatherThanWrapsAround() {
        assertThatThrownBy(() -> InstantMicrosConverter.toMicros(Instant.parse("+300000-01-01T00:00:00Z")))
                .isInstanceOf(ArithmeticException.class);
    }
}
