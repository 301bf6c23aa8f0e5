package app.ledger.auth.passkey;

/**
 * A PublicKeyCredential as the browser's {@code toJSON()} (or @simplewebauthn/browser) writes it: binary
 * values in base64url. Registration fills {@code response.attestationObject}, a sign-in
 * {@code response.authenticatorData}, {@code signature} and {@code userHandle}; other members are ignored.
 */
public record PasskeyCredentialJson(String id, String rawId, String type, PasskeyResponseJson response) {
}
