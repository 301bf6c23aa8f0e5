package app.ledger.rate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the next page of rates starts: the last rate's day and id, as the opaque {@code nextCursor} string.
 * A check value makes a changed or foreign cursor fail instead of being guessed at (it is no secret).
 */
public record RateCursor(long day, long id) {

    public static final String NOT_OURS = "This is not a cursor that Ledger gave out for the list of rates. "
            + "Pass the nextCursor of the page before.";

    private static final Pattern FORM = Pattern.compile("(x([0-9]{1,9})\\.([0-9]{1,19}))\\.([0-9a-f]{8})");

    public String encode() {
        String plain = "x" + day + "." + id;
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((plain + "." + check(plain)).getBytes(StandardCharsets.US_ASCII));
    }

    public static Optional<RateCursor> decode(String text) {
        if (text == null || text.length() > 64) {
            return Optional.empty();
        }
        String plain;
        try {
            plain = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.US_ASCII);
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
        Matcher matcher = FORM.matcher(plain);
        if (!matcher.matches() || !check(matcher.group(1)).equals(matcher.group(4))) {
            return Optional.empty();
        }
        try {
            RateCursor cursor = new RateCursor(Long.parseLong(matcher.group(2)), Long.parseLong(matcher.group(3)));
            return cursor.encode().equals(text) ? Optional.of(cursor) : Optional.empty();
        } catch (NumberFormatException outOfRange) {
            return Optional.empty();
        }
    }

    private static String check(String plain) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(("ledger-rates-cursor:" + plain).getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
