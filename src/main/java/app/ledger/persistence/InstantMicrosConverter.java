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

    public static long toMicros(Instant instant) {
        return ChronoUnit.MICROS.between(Instant.EPOCH, instant);
    }

    public static Instant fromMicros(long micros) {
        return Instant.EPOCH.plus(micros, ChronoUnit.MICROS);
    }
}
