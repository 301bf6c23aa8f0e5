package app.ledger.category;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/** Whether a category sorts money going out or money coming in. */
public enum CategoryKind {
    EXPENSE("expense"),
    INCOME("income");

    private final String code;

    CategoryKind(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }

    public static Optional<CategoryKind> fromCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
    }
}
