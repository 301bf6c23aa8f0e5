package app.ledger.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.LocalDate;

/**
 * Stores a calendar date as days since 1970-01-01: a plain integer that sorts and compares alike on SQLite
 * (which has no date type) and PostgreSQL, and that an index over (account, day) keeps small.
 */
@Converter
public class EpochDayConverter implements AttributeConverter<LocalDate, Integer> {

    @Override
    public Integer convertToDatabaseColumn(LocalDate date) {
        return date == null ? null : Math.toIntExact(date.toEpochDay());
    }

    @Override
    public LocalDate convertToEntityAttribute(Integer epochDay) {
        return epochDay == null ? null : LocalDate.ofEpochDay(epochDay);
    }
}
