package app.ledger.auth.totp;

import app.ledger.config.LedgerConfig;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Encrypts TOTP secrets for storage, with AES-256-GCM; the user id is bound in as associated data, so a
 * secret copied to another user's row does not open. A copy of the database alone (a backup, a stolen file)
 * therefore does not give away anyone's second factor.
 *
 * <p>The key is {@code ledger.auth.totp.encryption-key} when set; otherwise it is derived from the token
 * signing private key, which already has to be kept secret and beside the database. Replacing that key
 * (or changing the configured one) makes the stored secrets unreadable: their users then log in with a
 * recovery code and set the second factor up again.
 */
@ApplicationScoped
public class TotpSecretBox {

    private static final String VERSION = "1.";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final LedgerConfig config;
    private final String privateKeyLocation;
    private volatile SecretKeySpec key;

    @Inject
    public TotpSecretBox(LedgerConfig config,
            @ConfigProperty(name = "smallrye.jwt.sign.key.location") String privateKeyLocation) {
        this.config = config;
        this.privateKeyLocation = privateKeyLocation;
    }

    TotpSecretBox(byte[] key) {
        this.config = null;
        this.privateKeyLocation = null;
        this.key = new SecretKeySpec(key, "AES");
    }

    /** After the signing keys exist (SigningKeyBootstrap runs at priority 5); reads a file, so not on a request. */
    void onStart(@Observes @Priority(6) StartupEvent event) {
        key = new SecretKeySpec(config.auth().totp().encryptionKey()
                .map(configured -> Base64.getDecoder().decode(configured))
                .orElseGet(() -> derive(readPrivateKey())), "AES");
    }

    public String seal(long userId, byte[] secret) {
        try {
            byte[] iv = new byte[IV_BYTES];
            RANDOM.nextBytes(iv);
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, iv, userId);
            byte[] sealed = cipher.doFinal(secret);
            return VERSION + Base64.getUrlEncoder().withoutPadding().encodeToString(
                    ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        }
    }

    /** The secret, or null when it was sealed with another key or for another user, or was changed. */
    public byte[] open(long userId, String sealed) {
        if (sealed == null || !sealed.startsWith(VERSION)) {
            return null;
        }
        try {
            byte[] bytes = Base64.getUrlDecoder().decode(sealed.substring(VERSION.length()));
            if (bytes.length <= IV_BYTES) {
                return null;
            }
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, Arrays.copyOf(bytes, IV_BYTES), userId);
            return cipher.doFinal(bytes, IV_BYTES, bytes.length - IV_BYTES);
        } catch (GeneralSecurityException | IllegalArgumentException unreadable) {
            return null;
        }
    }

    private Cipher cipher(int mode, byte[] iv, long userId) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
        cipher.updateAAD(("ledger totp secret of user " + userId).getBytes(StandardCharsets.UTF_8));
        return cipher;
    }

    /** A key of its own for this purpose: HMAC-SHA-256 of a label, keyed with the signing key's bytes. */
    private static byte[] derive(byte[] material) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(material, "HmacSHA256"));
            return mac.doFinal("ledger totp secret encryption v1".getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    private byte[] readPrivateKey() {
        String location = privateKeyLocation;
        try {
            if (location.startsWith("classpath:")) {
                try (InputStream in = Thread.currentThread().getContextClassLoader()
                        .getResourceAsStream(location.substring("classpath:".length()).replaceFirst("^/", ""))) {
                    if (in == null) {
                        throw new IllegalStateException("The token signing key " + location + " does not exist");
                    }
                    return in.readAllBytes();
                }
            }
            return Files.readAllBytes(Path.of(location.startsWith("file:")
                    ? location.substring("file:".length()) : location));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the token signing key to derive the TOTP key from", e);
        }
    }
}
