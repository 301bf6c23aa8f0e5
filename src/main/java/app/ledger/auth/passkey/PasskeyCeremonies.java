package app.ledger.auth.passkey;

import com.webauthn4j.WebAuthnManager;
import com.webauthn4j.converter.AttestedCredentialDataConverter;
import com.webauthn4j.converter.exception.DataConversionException;
import com.webauthn4j.converter.util.ObjectConverter;
import com.webauthn4j.credential.CredentialRecordImpl;
import com.webauthn4j.data.AuthenticationData;
import com.webauthn4j.data.AuthenticationParameters;
import com.webauthn4j.data.AuthenticationRequest;
import com.webauthn4j.data.PublicKeyCredentialParameters;
import com.webauthn4j.data.PublicKeyCredentialType;
import com.webauthn4j.data.RegistrationData;
import com.webauthn4j.data.RegistrationParameters;
import com.webauthn4j.data.RegistrationRequest;
import com.webauthn4j.data.attestation.authenticator.AttestedCredentialData;
import com.webauthn4j.data.attestation.statement.COSEAlgorithmIdentifier;
import com.webauthn4j.data.attestation.statement.NoneAttestationStatement;
import com.webauthn4j.data.client.Origin;
import com.webauthn4j.data.client.challenge.DefaultChallenge;
import com.webauthn4j.server.ServerProperty;
import com.webauthn4j.verifier.exception.BadChallengeException;
import com.webauthn4j.verifier.exception.BadOriginException;
import com.webauthn4j.verifier.exception.BadRpIdException;
import com.webauthn4j.verifier.exception.BadSignatureException;
import com.webauthn4j.verifier.exception.MaliciousCounterValueException;
import com.webauthn4j.verifier.exception.UserNotPresentException;
import com.webauthn4j.verifier.exception.UserNotVerifiedException;
import com.webauthn4j.verifier.exception.VerificationException;
import java.nio.ByteBuffer;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The two WebAuthn ceremonies, checked with webauthn4j: a new credential (attestation "none": Ledger does
 * not vet authenticator makers) and a sign-in assertion. Both require user verification (a PIN, a
 * fingerprint) and user presence, the relying party id and one of the configured origins. No I/O: the
 * caller checks the challenge's signature first and decides what to keep.
 */
final class PasskeyCeremonies {

    /** ES256 first (what nearly every authenticator has), then EdDSA and RS256 (Windows Hello). */
    static final List<COSEAlgorithmIdentifier> ALGORITHMS = List.of(
            COSEAlgorithmIdentifier.ES256, COSEAlgorithmIdentifier.EdDSA, COSEAlgorithmIdentifier.RS256);
    private static final Base64.Decoder BASE64URL = Base64.getUrlDecoder();
    private static final Base64.Encoder BASE64URL_OUT = Base64.getUrlEncoder().withoutPadding();

    private final ObjectConverter converter = new ObjectConverter();
    private final WebAuthnManager manager = WebAuthnManager.createNonStrictWebAuthnManager(converter);
    private final AttestedCredentialDataConverter credentialData = new AttestedCredentialDataConverter(converter);
    private final Set<Origin> origins;
    private final String rpId;
    private final Function<String, InvalidPasskeyResponseException> refusal;

    /** @param refusalStatus 400 when adding a passkey, 401 when signing in */
    PasskeyCeremonies(List<String> origins, String rpId, int refusalStatus) {
        this.origins = new HashSet<>(origins.stream().map(Origin::new).toList());
        this.rpId = rpId;
        this.refusal = detail -> new InvalidPasskeyResponseException(refusalStatus, detail);
    }

    /** A new credential as the browser sent it, parsed but not verified yet. */
    record Attestation(RegistrationData data) {
        byte[] challenge() {
            return data.getCollectedClientData().getChallenge().getValue();
        }
    }

    /** A sign-in assertion as the browser sent it, parsed but not verified yet. */
    record Assertion(AuthenticationData data) {
        byte[] challenge() {
            return data.getCollectedClientData().getChallenge().getValue();
        }

        String credentialId() {
            return BASE64URL_OUT.encodeToString(data.getCredentialId());
        }

        byte[] userHandle() {
            return data.getUserHandle();
        }
    }

    /** What is kept of a verified new credential. */
    record NewCredential(String credentialId, String publicKey, long signCount) {
    }

    Attestation parseAttestation(PasskeyCredentialJson credential) {
        PasskeyResponseJson response = credential == null ? null : credential.response();
        if (response == null || response.attestationObject() == null || response.clientDataJSON() == null) {
            throw refusal.apply("The browser's answer has no attestationObject and clientDataJSON.");
        }
        try {
            return new Attestation(manager.parse(new RegistrationRequest(
                    decode(response.attestationObject()), decode(response.clientDataJSON()))));
        } catch (DataConversionException | IllegalArgumentException e) {
            throw refusal.apply("The browser's answer could not be read as a WebAuthn attestation.");
        }
    }

    Assertion parseAssertion(PasskeyCredentialJson credential) {
        PasskeyResponseJson response = credential == null ? null : credential.response();
        String id = credential == null ? null : credential.rawId() != null ? credential.rawId() : credential.id();
        if (response == null || id == null || response.authenticatorData() == null
                || response.clientDataJSON() == null || response.signature() == null) {
            throw refusal.apply("The browser's answer has no id, authenticatorData, clientDataJSON and signature.");
        }
        try {
            return new Assertion(manager.parse(new AuthenticationRequest(decode(id),
                    response.userHandle() == null ? null : decode(response.userHandle()),
                    decode(response.authenticatorData()), decode(response.clientDataJSON()),
                    decode(response.signature()))));
        } catch (DataConversionException | IllegalArgumentException e) {
            throw refusal.apply("The browser's answer could not be read as a WebAuthn assertion.");
        }
    }

    /** Verifies the attestation against its (already checked) challenge. */
    NewCredential verify(Attestation attestation) {
        List<PublicKeyCredentialParameters> parameters = ALGORITHMS.stream()
                .map(alg -> new PublicKeyCredentialParameters(PublicKeyCredentialType.PUBLIC_KEY, alg)).toList();
        try {
            manager.verify(attestation.data(),
                    new RegistrationParameters(serverProperty(attestation.challenge()), parameters, true, true));
        } catch (VerificationException e) {
            throw refusal.apply(reason(e));
        }
        var authenticatorData = attestation.data().getAttestationObject().getAuthenticatorData();
        AttestedCredentialData attested = authenticatorData.getAttestedCredentialData();
        if (attested == null) {
            throw refusal.apply("The authenticator sent no credential.");
        }
        byte[] coseKey = converter.getCborConverter().writeValueAsBytes(attested.getCOSEKey());
        return new NewCredential(BASE64URL_OUT.encodeToString(attested.getCredentialId()),
                Base64.getEncoder().encodeToString(coseKey), authenticatorData.getSignCount());
    }

    /** Verifies the assertion with the stored key and counter; answers the authenticator's new counter. */
    long verify(Assertion assertion, Passkey passkey) {
        byte[] credentialId = BASE64URL.decode(passkey.credentialId);
        byte[] coseKey = Base64.getDecoder().decode(passkey.publicKey);
        // the stored form of a credential webauthn4j reads: AAGUID (not kept: zeros), id length, id, COSE key
        AttestedCredentialData attested = credentialData.convert(ByteBuffer
                .allocate(16 + 2 + credentialId.length + coseKey.length)
                .put(new byte[16]).putShort((short) credentialId.length).put(credentialId).put(coseKey).array());
        CredentialRecordImpl record = new CredentialRecordImpl(new NoneAttestationStatement(), true, null, null,
                passkey.signCount, attested, null, null, null, null);
        try {
            manager.verify(assertion.data(), new AuthenticationParameters(serverProperty(assertion.challenge()),
                    record, null, true, true));
        } catch (VerificationException e) {
            throw refusal.apply(reason(e));
        }
        return assertion.data().getAuthenticatorData().getSignCount();
    }

    private ServerProperty serverProperty(byte[] challenge) {
        return new ServerProperty(origins, rpId, new DefaultChallenge(challenge));
    }

    static String reason(VerificationException e) {
        if (e instanceof BadOriginException) {
            return "The passkey answered a page that is not Ledger's.";
        }
        if (e instanceof BadRpIdException) {
            return "The passkey is for another site.";
        }
        if (e instanceof BadChallengeException) {
            return "The passkey answered another challenge.";
        }
        if (e instanceof UserNotVerifiedException || e instanceof UserNotPresentException) {
            return "The authenticator did not verify you (with a PIN, fingerprint or face). Passkeys in Ledger "
                    + "need that.";
        }
        if (e instanceof MaliciousCounterValueException) {
            return "The passkey's signature counter went back: this looks like a copy of the passkey, so it is "
                    + "refused.";
        }
        if (e instanceof BadSignatureException) {
            return "The passkey's signature does not match.";
        }
        return "The passkey's answer does not hold: " + e.getClass().getSimpleName().replace("Exception", "") + ".";
    }

    private static byte[] decode(String base64url) {
        return BASE64URL.decode(base64url.replace('+', '-').replace('/', '_').replace("=", ""));
    }
}
