package app.ledger.auth.personaltoken;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The text of a personal access token: a recognisable prefix (so that it is told apart from a session token
 * at a glance, and secret scanners can find a leaked one) and 256 random bits. Only its SHA-256 is stored:
 * with that much entropy a fast hash is enough, and a token is then found with one indexed lookup.
 */
public final class PersonalTokenSecret {

    public static final String PREFIX = "ledger_pat_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private PersonalTokenSecret() {
    }

    static String generate() {
        byte[] bits = new byte[32];
        RANDOM.nextBytes(bits);
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bits);
    }

    public static boolean looksLikeOne(String token) {
        return token != null && token.startsWith(PREFIX);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
