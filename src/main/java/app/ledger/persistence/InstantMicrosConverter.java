package app.ledger.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Stores an {@link Instant} as microseconds since the epoch: SQLite cannot read a timestamp column back. */
@Converter
public class InstantMicrosConverter implements AttributeConverter<Instant, Long> {

    @Override
    public Long convertToDatabaseColumn(Instant instant) {
        return instant == null ? null : toMicros(instant);
    }

    @Override
    public Instant convertToEntityAttribute(Long micros) {
        return micros == null ? null : fromMicros(micros);
    }

    /**
     * Whole microseconds since the epoch, rounded down. Computed from the seconds, not with
     * {@code ChronoUnit.MICROS.between}, which goes through nanoseconds and overflows beyond 292 years from
     * 1970; this holds about ±292,000 years and throws {@link ArithmeticException} beyond.
     */
    public static long toMicros(Instant instant) {
        return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1_000);
    }

    public static Instant fromMicros(long micros) {
        return Instant.EPOCH.plus(micros, ChronoUnit.MICROS);
    }
}
