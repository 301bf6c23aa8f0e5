package app.ledger.auth.passkey;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A passkey authenticator in software, as a browser and a platform authenticator together would answer: an
 * EC P-256 key pair, an attestation "none" (authenticator data with UP, UV and AT, the COSE key in CBOR) and
 * assertions signed with the key. Each knob makes it answer as an attacker or a broken device would.
 */
public final class SoftwareAuthenticator {

    public static final String ORIGIN = "http://localhost:8080";
    public static final String RP_ID = "localhost";
    static final int UP = 0x01;
    static final int UV = 0x04;
    static final int AT = 0x40;

    private static final Base64.Encoder B64URL = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder B64URL_IN = Base64.getUrlDecoder();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final KeyPair keys;
    private final byte[] credentialId = new byte[16];
    private byte[] userHandle;
    public String origin = ORIGIN;
    public String rpId = RP_ID;
    public int flags = UP | UV;
    /** The counter the next answer carries; it goes up by one after each, unless it is 0 (not kept). */
    public long counter = 1;

    public SoftwareAuthenticator() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            keys = generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        RANDOM.nextBytes(credentialId);
    }

    public String credentialId() {
        return B64URL.encodeToString(credentialId);
    }

    /** navigator.credentials.create() for these options (challenge and user.id), as toJSON() writes it. */
    public Map<String, Object> create(String challenge, String userId) {
        userHandle = B64URL_IN.decode(userId);
        byte[] clientData = clientData("webauthn.create", challenge);
        ByteArrayOutputStream authData = authenticatorData(flags | AT);
        authData.writeBytes(new byte[16]); // AAGUID
        authData.write(credentialId.length >> 8);
        authData.write(credentialId.length);
        authData.writeBytes(credentialId);
        authData.writeBytes(coseKey());
        Map<Object, Object> attestation = new LinkedHashMap<>();
        attestation.put("fmt", "none");
        attestation.put("attStmt", Map.of());
        attestation.put("authData", authData.toByteArray());
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("clientDataJSON", B64URL.encodeToString(clientData));
        response.put("attestationObject", B64URL.encodeToString(Cbor.encode(attestation)));
        response.put("transports", List.of("internal"));
        return credential(response);
    }

    /** navigator.credentials.get() for this challenge, as toJSON() writes it. */
    public Map<String, Object> get(String challenge) {
        byte[] clientData = clientData("webauthn.get", challenge);
        byte[] authData = authenticatorData(flags).toByteArray();
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("clientDataJSON", B64URL.encodeToString(clientData));
        response.put("authenticatorData", B64URL.encodeToString(authData));
        response.put("signature", B64URL.encodeToString(sign(authData, clientData)));
        response.put("userHandle", userHandle == null ? null : B64URL.encodeToString(userHandle));
        return credential(response);
    }

    private Map<String, Object> credential(Map<String, Object> response) {
        Map<String, Object> credential = new LinkedHashMap<>();
        credential.put("id", credentialId());
        credential.put("rawId", credentialId());
        credential.put("type", "public-key");
        credential.put("authenticatorAttachment", "platform");
        credential.put("response", response);
        credential.put("clientExtensionResults", Map.of());
        return credential;
    }

    private byte[] clientData(String type, String challenge) {
        return ("{\"type\":\"" + type + "\",\"challenge\":\"" + challenge + "\",\"origin\":\"" + origin
                + "\",\"crossOrigin\":false}").getBytes(StandardCharsets.UTF_8);
    }

    private ByteArrayOutputStream authenticatorData(int flagsToSend) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(sha256(rpId.getBytes(StandardCharsets.UTF_8)));
        out.write(flagsToSend);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) counter).array());
        if (counter != 0) {
            counter++;
        }
        return out;
    }

    private byte[] sign(byte[] authData, byte[] clientData) {
        try {
            Signature signature = Signature.getInstance("SHA256withECDSA");
            signature.initSign(keys.getPrivate());
            signature.update(authData);
            signature.update(sha256(clientData));
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] coseKey() {
        ECPublicKey key = (ECPublicKey) keys.getPublic();
        Map<Object, Object> cose = new LinkedHashMap<>();
        cose.put(1, 2); // kty: EC2
        cose.put(3, -7); // alg: ES256
        cose.put(-1, 1); // crv: P-256
        cose.put(-2, unsigned32(key.getW().getAffineX()));
        cose.put(-3, unsigned32(key.getW().getAffineY()));
        return Cbor.encode(cose);
    }

    private static byte[] unsigned32(BigInteger value) {
        byte[] bytes = value.toByteArray();
        byte[] out = new byte[32];
        int copy = Math.min(32, bytes.length);
        System.arraycopy(bytes, bytes.length - copy, out, 32 - copy, copy);
        return out;
    }

    static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The little of CBOR (RFC 8949) WebAuthn needs: integers, byte and text strings, maps. */
    static final class Cbor {

        private Cbor() {
        }

        static byte[] encode(Object value) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            write(out, value);
            return out.toByteArray();
        }

        private static void write(ByteArrayOutputStream out, Object value) {
            if (value instanceof Integer number) {
                head(out, number >= 0 ? 0 : 1, number >= 0 ? number : -1L - number);
            } else if (value instanceof byte[] bytes) {
                head(out, 2, bytes.length);
                out.writeBytes(bytes);
            } else if (value instanceof String text) {
                byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
                head(out, 3, bytes.length);
                out.writeBytes(bytes);
            } else if (value instanceof Map<?, ?> map) {
                head(out, 5, map.size());
                map.forEach((key, item) -> {
                    write(out, key);
                    write(out, item);
                });
            } else {
                throw new IllegalArgumentException("not encoded: " + value);
            }
        }

        private static void head(ByteArrayOutputStream out, int major, long length) {
            if (length < 24) {
                out.write(major << 5 | (int) length);
            } else if (length < 256) {
                out.write(major << 5 | 24);
                out.write((int) length);
            } else {
                out.write(major << 5 | 25);
                out.write((int) (length >> 8));
                out.write((int) length);
            }
        }
    }

    /** A copy of this authenticator's key and credential, as a cloned device would hold them. */
    public SoftwareAuthenticator copy() {
        return new SoftwareAuthenticator(this);
    }

    private SoftwareAuthenticator(SoftwareAuthenticator original) {
        this.keys = original.keys;
        System.arraycopy(original.credentialId, 0, this.credentialId, 0, credentialId.length);
        this.userHandle = original.userHandle == null ? null : Arrays.copyOf(original.userHandle,
                original.userHandle.length);
        this.counter = original.counter;
    }
}
