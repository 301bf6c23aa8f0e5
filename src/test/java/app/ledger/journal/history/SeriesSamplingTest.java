package app.ledger.journal.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SeriesSamplingTest {

    @Test
    void entriesFitWhenTheyLeaveRoomForTheStartAndEndPoints() {
        SeriesSampling sampling = new SeriesSampling(0, 1000, 5);
        assertThat(sampling.everyEntryFits(10, 13)).isTrue();
        assertThat(sampling.everyEntryFits(10, 14)).isFalse();
        assertThat(sampling.everyEntryFits(0, 0)).isTrue();
    }

    @Test
    void bucketsAreEqualAndTheLastEndsExactlyAtTheEndOfTheRange() {
        SeriesSampling sampling = new SeriesSampling(100, 1103, 4);
        assertThat(sampling.buckets()).isEqualTo(3);
        assertThat(sampling.step()).isEqualTo(334);
        assertThat(sampling.bucketEnd(1)).isEqualTo(434);
        assertThat(sampling.bucketEnd(2)).isEqualTo(768);
        assertThat(sampling.bucketEnd(3)).isEqualTo(1103);
    }

    @Test
    void aRangeShorterThanThePointsGetsOneBucketPerMicrosecond() {
        SeriesSampling sampling = new SeriesSampling(5, 8, 1000);
        assertThat(sampling.buckets()).isEqualTo(3);
        assertThat(sampling.step()).isEqualTo(1);
        assertThat(sampling.bucketEnd(3)).isEqualTo(8);
    }

    @Test
    void theWidestRangeDoesNotOverflow() {
        long from = app.ledger.persistence.InstantMicrosConverter.toMicros(BalanceSeriesQuery.EARLIEST);
        long to = app.ledger.persistence.InstantMicrosConverter.toMicros(BalanceSeriesQuery.LATEST);
        SeriesSampling sampling = new SeriesSampling(from, to, 1000);
        assertThat(sampling.bucketEnd(999)).isEqualTo(to);
        assertThat(sampling.bucketEnd(998)).isBetween(from, to);
    }

    @Test
    void anEmptyRangeIsAMistake() {
        assertThatThrownBy(() -> new SeriesSampling(5, 5, 10)).isInstanceOf(IllegalArgumentException.class);
    }
}
