package app.ledger.imports.store;

/** How a preview judged a statement row. */
public enum RowStatus {
    NEW("new"),
    DUPLICATE("duplicate"),
    INVALID("invalid");

    private final String code;

    RowStatus(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The status of this code, or null when it names none. */
    public static RowStatus of(String code) {
        for (RowStatus status : values()) {
            if (status.code.equals(code)) {
                return status;
            }
        }
        return null;
    }
}
