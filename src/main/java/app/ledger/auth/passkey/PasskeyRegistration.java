package app.ledger.auth.passkey;

/** Adding a passkey: its name and the browser's answer to the registration options. */
public record PasskeyRegistration(String name, PasskeyCredentialJson credential) {
}
