package app.ledger.auth.totp;

/** What checking a user's second factor found: for a login whose password was right, or a confirmation. */
public enum SecondFactorOutcome {
    /** The user has no second factor on. */
    NOT_ENABLED,
    /** It is on and no code came. */
    MISSING,
    /** It is on and the code was wrong (or used). */
    REFUSED,
    ACCEPTED_TOTP,
    /** Accepted a recovery code, which cannot be used again. */
    ACCEPTED_RECOVERY_CODE;

    public boolean accepted() {
        return this == NOT_ENABLED || this == ACCEPTED_TOTP || this == ACCEPTED_RECOVERY_CODE;
    }
}
