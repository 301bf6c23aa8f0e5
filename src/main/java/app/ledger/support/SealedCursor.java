package app.ledger.support;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The opaque form of a list position: its plain text, a dot and a check value, in URL-safe Base64. The check
 * value makes a changed or foreign cursor fail instead of being guessed at; it is no secret (a cursor only
 * names a position in a list its reader may read), and each kind of list seals with its own purpose, so a
 * cursor of one list is not taken by another.
 */
public final class SealedCursor {

    /** No cursor the lists hand out is longer. */
    private static final int MAX_LENGTH = 64;

    private SealedCursor() {
    }

    public static String seal(String purpose, String plain) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((plain + "." + check(purpose, plain)).getBytes(StandardCharsets.US_ASCII));
    }

    /** The plain text of a cursor sealed for this purpose; empty for anything else. */
    public static Optional<String> open(String purpose, String text) {
        if (text == null || text.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        String sealed;
        try {
            sealed = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.US_ASCII);
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
        int dot = sealed.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String plain = sealed.substring(0, dot);
        // the same text must seal again to exactly this cursor: no second spelling of one position is taken
        return seal(purpose, plain).equals(text) ? Optional.of(plain) : Optional.empty();
    }

    private static String check(String purpose, String plain) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((purpose + ":" + plain).getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
