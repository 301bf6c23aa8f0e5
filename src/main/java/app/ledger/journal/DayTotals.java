package app.ledger.journal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The pure part of keeping each account's net per day: stamps new entries with their running sum within
 * their day and says what each (account, day) total grows by. No I/O; {@link DayTotalsRepository} reads and
 * writes the totals around it.
 */
public final class DayTotals {

    /** Days are grouped in blocks of 2^5 = 32 for the sums over many days: block = day >> 5 (floor). */
    public static final int BLOCK_SHIFT = 5;

    private DayTotals() {
    }

    /** One day of one account, as epoch day. */
    public record AccountDay(long accountId, long day) {

        static AccountDay of(Entry entry) {
            return new AccountDay(entry.accountId, entry.occurredOn.toEpochDay());
        }
    }

    /**
     * Sets {@link Entry#dayRunningMinor} of the new entries, in the order they were appended (each is the
     * last of its day when it is appended), starting from the committed net of their day.
     *
     * @param committed the net of each day before this batch; a day without entries may be left out
     * @return what the total of each day grows by
     */
    public static Map<AccountDay, Long> stamp(List<Entry> appended, Map<AccountDay, Long> committed) {
        Map<AccountDay, Long> running = new LinkedHashMap<>();
        Map<AccountDay, Long> added = new LinkedHashMap<>();
        for (Entry entry : appended) {
            AccountDay key = AccountDay.of(entry);
            long before = running.computeIfAbsent(key, k -> committed.getOrDefault(k, 0L));
            entry.dayRunningMinor = Math.addExact(before, entry.signedAmount());
            running.put(key, entry.dayRunningMinor);
            added.merge(key, entry.signedAmount(), Math::addExact);
        }
        return added;
    }

    /** The days the new entries fall on. */
    public static List<AccountDay> daysOf(List<Entry> appended) {
        return appended.stream().map(AccountDay::of).distinct().toList();
    }
}
