package app.ledger.category;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

@Converter
public class CategoryKindConverter implements AttributeConverter<CategoryKind, String> {

    @Override
    public String convertToDatabaseColumn(CategoryKind kind) {
        return kind == null ? null : kind.code();
    }

    @Override
    public CategoryKind convertToEntityAttribute(String code) {
        return code == null ? null : CategoryKind.fromCode(code).orElseThrow(
                () -> new IllegalStateException("Unknown category kind in the database: " + code));
    }
}
