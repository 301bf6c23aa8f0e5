package app.ledger.recurring;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/** How often a schedule repeats: every {@code interval} days, weeks, months or years. */
public enum Frequency {
    DAY("day"), WEEK("week"), MONTH("month"), YEAR("year");

    private final String code;

    Frequency(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }

    static Optional<Frequency> of(String code) {
        return Arrays.stream(values()).filter(f -> f.code.equals(code)).findFirst();
    }
}
