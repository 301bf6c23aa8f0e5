package app.ledger.problem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WaitsTest {

    @Test
    void shortWaitsAreSaidInSecondsWithTheRightNumber() {
        assertThat(Waits.inWords(0)).isEqualTo("1 second");
        assertThat(Waits.inWords(1)).isEqualTo("1 second");
        assertThat(Waits.inWords(2)).isEqualTo("2 seconds");
        assertThat(Waits.inWords(30)).isEqualTo("30 seconds");
        assertThat(Waits.inWords(119)).isEqualTo("119 seconds");
    }

    @Test
    void longWaitsAreSaidInWholeMinutesRoundedUp() {
        assertThat(Waits.inWords(120)).isEqualTo("2 minutes");
        assertThat(Waits.inWords(121)).isEqualTo("3 minutes");
        assertThat(Waits.inWords(900)).isEqualTo("15 minutes");
        assertThat(Waits.inWords(3600)).isEqualTo("60 minutes");
    }
}
