package app.ledger.imports.store;

/** Where an import stands: read into a preview, its rows committed as entries, or those entries reversed. */
public enum ImportStatus {
    PREVIEWED("previewed"),
    COMMITTED("committed"),
    UNDONE("undone");

    private final String code;

    ImportStatus(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static ImportStatus of(String code) {
        for (ImportStatus status : values()) {
            if (status.code.equals(code)) {
                return status;
            }
        }
        throw new IllegalArgumentException("Unknown import status " + code);
    }
}
