package app.ledger.live;

import app.ledger.journal.EntryView;
import app.ledger.journal.posting.ImportSummary;

/**
 * One server-sent event. Each committed entry yields two: {@code entry} at position {@code 2 * id} and
 * {@code balance} at {@code 2 * id + 1}. A change of an entry already sent (its metadata edited, or its
 * reversal appended) yields {@code entry-updated} with the entry as it now is, at {@code 2 * editId}. Entry
 * and edit ids come from one counter that grows in commit order, so positions do too, and a client
 * resuming after any position, even between the two events of one entry, misses nothing.
 * A statement import committed or undone yields {@code import} at {@code 2 * n} and {@code balance} at
 * {@code 2 * n + 1}, where n is the last entry or edit id it took, instead of the events of every entry: a
 * client reloads what it shows. A heartbeat has no position and no data; the {@code session-ended} event that closes a stream whose
 * session is over has no position either, so that a client never resumes after it; nor has a notice
 * ({@link LiveNotice}, such as {@code recurring-failed}), which is sent live only.
 */
public record LiveEvent(long position, String name, Object data) {

    static final String ENTRY = "entry";
    static final String BALANCE = "balance";
    static final String SESSION_ENDED = "session-ended";
    static final String ENTRY_UPDATED = "entry-updated";
    static final String IMPORT = "import";

    static LiveEvent entry(EntryView entry) {
        return new LiveEvent(2 * entry.id(), ENTRY, entry);
    }

    static LiveEvent balance(EntryView entry) {
        return new LiveEvent(2 * entry.id() + 1, BALANCE,
                new BalanceView(entry.accountId(), entry.balanceAfter(), entry.id()));
    }

    /**
     * A statement import committed or undone, standing for all the entries it appended or changed, at the
     * position of the last of them; {@link #balance(EntryView, long)} follows it.
     */
    static LiveEvent imported(ImportSummary summary) {
        return new LiveEvent(2 * summary.lastOrder(), IMPORT, ImportEventView.of(summary));
    }

    /** The balance after a statement import or its undo, right after its {@link #imported} event. */
    static LiveEvent balance(EntryView last, long order) {
        return new LiveEvent(2 * order + 1, BALANCE, new BalanceView(last.accountId(), last.balanceAfter(), last.id()));
    }

    static LiveEvent sessionEnded(SessionEndView why) {
        return new LiveEvent(-1, SESSION_ENDED, why);
    }

    static LiveEvent entryUpdated(long editId, EntryView entry) {
        return new LiveEvent(2 * editId, ENTRY_UPDATED, entry);
    }

    /** A notice has no position: it is sent once, live, and never replayed. */
    static LiveEvent notice(LiveNotice notice) {
        return new LiveEvent(-1, notice.event(), notice.data());
    }

    static LiveEvent heartbeat() {
        return new LiveEvent(-1, null, null);
    }

    boolean isHeartbeat() {
        return name == null;
    }

    boolean hasPosition() {
        return position >= 0;
    }

    /** The first entry (or edit) id a stream resumed after {@code position} may still owe the client. */
    static long firstEntryAfter(long position) {
        return position / 2;
    }
}
