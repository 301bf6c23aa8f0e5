package app.ledger.auth.personaltoken;

import java.util.List;

/** What a personal access token may do: read, or read and write. Nothing else exists. */
public enum PersonalTokenScope {
    READ("read"),
    WRITE("write");

    private final String code;

    PersonalTokenScope(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The scopes as stored: "read" or "read,write". */
    static String stored(boolean write) {
        return write ? "read,write" : "read";
    }

    static List<String> listed(String stored) {
        return List.of(stored.split(","));
    }
}
