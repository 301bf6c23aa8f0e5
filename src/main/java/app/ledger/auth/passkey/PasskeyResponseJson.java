package app.ledger.auth.passkey;

import java.util.List;

/** The {@code response} of a {@link PasskeyCredentialJson}: an attestation or an assertion. */
public record PasskeyResponseJson(String clientDataJSON, String attestationObject, List<String> transports,
        String authenticatorData, String signature, String userHandle) {
}
