package app.ledger.journal;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Optional;

public enum EntryType {
    DEPOSIT("deposit", 1),
    WITHDRAWAL("withdrawal", -1),
    TRANSFER_IN("transfer_in", 1),
    TRANSFER_OUT("transfer_out", -1);

    private final String code;
    private final int sign;

    EntryType(String code, int sign) {
        this.code = code;
        this.sign = sign;
    }

    @JsonValue
    public String code() {
        return code;
    }

    /** +1 when the entry adds to the balance, -1 when it takes from it. */
    public int sign() {
        return sign;
    }

    private static final EntryType[] ALL = values();

    public static Optional<EntryType> fromCode(String code) {
        for (EntryType type : ALL) {
            if (type.code.equals(code)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
