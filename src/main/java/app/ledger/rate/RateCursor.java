package app.ledger.rate;

import app.ledger.support.SealedCursor;
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

    private static final String PURPOSE = "ledger-rates-cursor";
    private static final Pattern FORM = Pattern.compile("x([0-9]{1,9})\\.([0-9]{1,19})");

    public String encode() {
        return SealedCursor.seal(PURPOSE, "x" + day + "." + id);
    }

    public static Optional<RateCursor> decode(String text) {
        return SealedCursor.open(PURPOSE, text).flatMap(plain -> {
            Matcher matcher = FORM.matcher(plain);
            if (!matcher.matches()) {
                return Optional.empty();
            }
            try {
                return Optional.of(new RateCursor(Long.parseLong(matcher.group(1)), Long.parseLong(matcher.group(2))));
            } catch (NumberFormatException outOfRange) {
                return Optional.empty();
            }
        });
    }
}
