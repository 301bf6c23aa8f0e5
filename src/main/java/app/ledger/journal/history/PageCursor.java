package app.ledger.journal.history;

import app.ledger.support.SealedCursor;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the next page of a keyset-paged list starts, as the opaque {@code nextCursor} string the API hands
 * out: the order it belongs to and the last row's position in it. A cursor is only taken back for the order
 * it was made for; anything else that is passed as a cursor is refused rather than guessed at. A check value
 * makes a changed cursor fail: it is not a secret (a cursor only names a position in a list that its reader
 * may read, and every page is read under the reader's own access), it keeps a position from being taken for
 * another by mistake.
 *
 * @param order    which list it pages: {@link #OCCURRED}, {@link #RECORDED} or {@link #SEARCH}
 * @param day      the last row's day (epoch day), 0 for the recorded order
 * @param position the last row's seq (history of one account) or id (search across accounts)
 */
public record PageCursor(char order, long day, long position) {

    /** An account's history by day, then recording order: (day, seq). */
    public static final char OCCURRED = 'o';
    /** An account's history in recording order: seq. */
    public static final char RECORDED = 'r';
    /** Search across accounts by day, then commit order: (day, id). */
    public static final char SEARCH = 's';

    public static final String NOT_OURS = "This is not a cursor that Ledger gave out for this list. Pass the "
            + "nextCursor of the page before, with the same order.";

    private static final String PURPOSE = "ledger-cursor";
    private static final Pattern FORM = Pattern.compile("1([ors])(-?[0-9]{1,9})\\.([0-9]{1,19})");

    public String encode() {
        return SealedCursor.seal(PURPOSE, "1" + order + day + "." + position);
    }

    /** The cursor, when the text is one that was made for this order; empty otherwise. */
    public static Optional<PageCursor> decode(String text, char order) {
        return SealedCursor.open(PURPOSE, text).flatMap(plain -> {
            Matcher matcher = FORM.matcher(plain);
            if (!matcher.matches() || matcher.group(1).charAt(0) != order) {
                return Optional.empty();
            }
            try {
                PageCursor cursor = new PageCursor(order, Long.parseLong(matcher.group(2)),
                        Long.parseLong(matcher.group(3)));
                return cursor.position() > 0 ? Optional.of(cursor) : Optional.empty();
            } catch (NumberFormatException outOfRange) {
                return Optional.empty();
            }
        });
    }
}
