package app.ledger.auth.totp;

import app.ledger.auth.secret.DerivedKeys;
import app.ledger.config.LedgerConfig;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

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
    private final DerivedKeys derivedKeys;
    private volatile SecretKeySpec key;

    @Inject
    public TotpSecretBox(LedgerConfig config, DerivedKeys derivedKeys) {
        this.config = config;
        this.derivedKeys = derivedKeys;
    }

    TotpSecretBox(byte[] key) {
        this.config = null;
        this.derivedKeys = null;
        this.key = new SecretKeySpec(key, "AES");
    }

    /** After the signing keys exist (SigningKeyBootstrap runs at priority 5); reads a file, so not on a request. */
    void onStart(@Observes @Priority(6) StartupEvent event) {
        key = new SecretKeySpec(config.auth().totp().encryptionKey()
                .map(configured -> Base64.getDecoder().decode(configured))
                .orElseGet(() -> derivedKeys.derive("ledger totp secret encryption v1")), "AES");
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
}
