package app.ledger.journal;

/** The longest texts an entry carries, in characters (Unicode code points). */
public final class EntryLimits {

    public static final int DESCRIPTION_MAX = 500;
    public static final int CATEGORY_MAX = 64;

    private EntryLimits() {
    }
}
