package app.ledger.rate;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/** Where a rate comes from: entered by its user, or the European Central Bank's reference rates. */
public enum RateSource {
    USER("user"),
    ECB("ecb");

    private final String code;

    RateSource(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }

    public static Optional<RateSource> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
}
