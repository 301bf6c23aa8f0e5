package app.ledger.recurring;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter
public class FrequencyConverter implements AttributeConverter<Frequency, String> {

    @Override
    public String convertToDatabaseColumn(Frequency frequency) {
        return frequency == null ? null : frequency.code();
    }

    @Override
    public Frequency convertToEntityAttribute(String code) {
        return code == null ? null : Frequency.of(code).orElseThrow();
    }
}
