package app.ledger.auth.totp;

/** A TOTP secret being set up: base32 for typing it in, and the otpauth URI a QR code carries. */
public record TotpSetupView(String secret, String otpauthUri) {
}
