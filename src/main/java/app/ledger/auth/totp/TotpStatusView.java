package app.ledger.auth.totp;

/** Whether two-step login is on, or being set up, and how many unused recovery codes are left. */
public record TotpStatusView(boolean enabled, boolean pending, long recoveryCodesLeft) {
}
