package app.ledger.auth.passkey;

import java.util.List;

/**
 * The options of the two ceremonies in the JSON shapes of WebAuthn Level 3
 * (PublicKeyCredentialCreationOptionsJSON, PublicKeyCredentialRequestOptionsJSON), which the browser's
 * {@code PublicKeyCredential.parse...OptionsFromJSON} and @simplewebauthn/browser read as they are.
 */
public final class PasskeyOptions {

    private PasskeyOptions() {
    }

    public record Creation(RelyingParty rp, UserEntity user, String challenge, List<Parameter> pubKeyCredParams,
            long timeout, List<Descriptor> excludeCredentials, Selection authenticatorSelection, String attestation) {
    }

    /** Sign-in with a discoverable credential: no allowCredentials, the authenticator offers its passkeys. */
    public record Request(String challenge, long timeout, String rpId, List<Descriptor> allowCredentials,
            String userVerification) {
    }

    public record RelyingParty(String id, String name) {
    }

    public record UserEntity(String id, String name, String displayName) {
    }

    public record Parameter(String type, long alg) {
    }

    public record Descriptor(String type, String id, List<String> transports) {
    }

    public record Selection(String residentKey, boolean requireResidentKey, String userVerification) {
    }
}
