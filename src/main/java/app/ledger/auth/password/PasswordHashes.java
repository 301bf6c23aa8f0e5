package app.ledger.auth.password;

import io.quarkus.elytron.security.common.BcryptUtil;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * How a password is stored. bcrypt reads only the first 72 bytes of its input, so two passwords that share
 * those would open the same account. A password is therefore condensed first, with HMAC-SHA-256, into 44
 * base64 characters, and those are bcrypted: {@code $hmac-sha256$} followed by the bcrypt hash.
 *
 * <p>A stored hash without that prefix is plain bcrypt of the password, as Ledger stored it before; it still
 * verifies, and is replaced by the current format at the next successful login.
 */
final class PasswordHashes {

    static final String PREFIX = "$hmac-sha256$";
    /**
     * Not a secret: keying the condensing step only makes it Ledger's own, so that unsalted SHA-256 values of
     * passwords leaked from elsewhere cannot be tried against a stored bcrypt hash directly.
     */
    private static final SecretKeySpec KEY = new SecretKeySpec(
            "ledger password pre-hash".getBytes(StandardCharsets.UTF_8), "HmacSHA256");

    private PasswordHashes() {
    }

    static String hash(String password, int cost) {
        return PREFIX + BcryptUtil.bcryptHash(condense(password), cost);
    }

    static boolean matches(String password, String stored) {
        if (stored.startsWith(PREFIX)) {
            return BcryptUtil.matches(condense(password), stored.substring(PREFIX.length()));
        }
        return BcryptUtil.matches(password, stored);
    }

    /** Whether {@code stored} is in the current format and of the configured cost. */
    static boolean isCurrent(String stored, int cost) {
        // the bcrypt part reads $2a$12$…: the cost is the two digits after the second $
        return stored.startsWith(PREFIX)
                && stored.startsWith(String.format("%02d$", cost), PREFIX.length() + 4);
    }

    private static String condense(String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(KEY);
            return Base64.getEncoder().encodeToString(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
