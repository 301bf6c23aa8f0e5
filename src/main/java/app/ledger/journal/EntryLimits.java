package app.ledger.journal;

import java.time.LocalDate;

/** The longest texts an entry carries, in characters (Unicode code points), and the range of its day. */
public final class EntryLimits {

    public static final int DESCRIPTION_MAX = 500;
    /** The longest category name. */
    public static final int CATEGORY_MAX = 64;
    public static final int PAYEE_MAX = 200;
    public static final int NOTES_MAX = 2000;
    public static final int TAGS_MAX = 10;
    public static final int TAG_MAX = 40;
    /** No entry is dated before this day. */
    public static final LocalDate EARLIEST_OCCURRED_ON = LocalDate.of(1900, 1, 1);
    /** Nor more than this many years after today in the user's time zone (a post-dated cheque, a plan). */
    public static final int OCCURRED_ON_YEARS_AHEAD = 1;

    private EntryLimits() {
    }

    /** The last day an entry recorded today (in the user's time zone) may carry. */
    public static LocalDate latestOccurredOn(LocalDate today) {
        return today.plusYears(OCCURRED_ON_YEARS_AHEAD);
    }
}
