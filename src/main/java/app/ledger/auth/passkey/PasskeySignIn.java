package app.ledger.auth.passkey;

/** A sign-in whose passkey was verified: whose it is, and what it is called (for the security history). */
public record PasskeySignIn(long userId, String passkeyName) {
}
