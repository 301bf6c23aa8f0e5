package app.ledger.auth.totp;

/** What the second factor says about a login whose password was right. */
public enum SecondFactorCheck {
    /** The user has no second factor on. */
    NOT_ENABLED,
    /** It is on and the login carried no code. */
    MISSING,
    /** It is on and the login carried a wrong (or used) code. */
    REFUSED,
    ACCEPTED_TOTP,
    /** Accepted a recovery code, which cannot be used again. */
    ACCEPTED_RECOVERY_CODE;

    public boolean accepted() {
        return this == NOT_ENABLED || this == ACCEPTED_TOTP || this == ACCEPTED_RECOVERY_CODE;
    }
}
