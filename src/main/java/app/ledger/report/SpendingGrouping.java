package app.ledger.report;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/** What the groups of a spending report are. */
public enum SpendingGrouping {
    CATEGORY("category"),
    PAYEE("payee"),
    TAG("tag");

    private final String code;

    SpendingGrouping(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }

    public static Optional<SpendingGrouping> fromCode(String code) {
        return Arrays.stream(values()).filter(g -> g.code.equals(code)).findFirst();
    }
}
