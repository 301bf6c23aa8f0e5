package app.ledger.audit;

import java.util.Arrays;

/** The kinds of security event a user's audit log records; {@link #code} is what the API and the hash carry. */
public enum AuditKind {
    LOGIN_SUCCEEDED("login-succeeded"),
    LOGIN_FAILED("login-failed"),
    SECOND_FACTOR_ON("second-factor-on"),
    SECOND_FACTOR_OFF("second-factor-off"),
    RECOVERY_CODE_USED("recovery-code-used"),
    PASSWORD_CHANGED("password-changed"),
    SESSION_REVOKED("session-revoked"),
    PASSKEY_ADDED("passkey-added"),
    PASSKEY_REMOVED("passkey-removed"),
    TOKEN_CREATED("token-created"),
    TOKEN_FIRST_USED("token-first-used"),
    TOKEN_REVOKED("token-revoked"),
    EXPORT("export"),
    IDENTITY_LINKED("identity-linked"),
    IDENTITY_UNLINKED("identity-unlinked");

    private final String code;

    AuditKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static AuditKind ofCode(String code) {
        return Arrays.stream(values()).filter(kind -> kind.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown audit event kind " + code));
    }
}
