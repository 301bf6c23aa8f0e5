package app.ledger.journal.spending;

import app.ledger.journal.Entry;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a committed batch changes in the income and expense per day, account and category, with no I/O: the
 * flow of every new entry, and for every entry whose category an edit changed, its flow moved from the old
 * category to the new one. Sorted by key, so that two writers that touch the same rows lock them in the same
 * order.
 */
public final class CategoryTotals {

    /** The category key of an entry without a category (category ids start at 1). */
    public static final long NO_CATEGORY = 0;

    private CategoryTotals() {
    }

    /** One row of category_day_totals. */
    public record Key(long userId, long day, long accountId, long categoryId) {

        /** {@code year × 12 + month − 1} of the day: months and years are groups of these. */
        public long month() {
            return monthOf(LocalDate.ofEpochDay(day));
        }

        static Key of(Entry entry, Long categoryId) {
            return new Key(entry.userId, entry.occurredOn.toEpochDay(), entry.accountId,
                    categoryId == null ? NO_CATEGORY : categoryId);
        }
    }

    /** An edit that moved an entry from one category to another (either may be null: none). */
    public record Move(Entry entry, Long from, Long to) {
    }

    public record Change(Key key, CategoryFlow flow) {
    }

    /** One row of category_month_totals. */
    public record MonthKey(long userId, long month, long accountId, long categoryId) {
    }

    public record MonthChange(MonthKey key, CategoryFlow flow) {
    }

    public static long monthOf(LocalDate day) {
        return day.getYear() * 12L + day.getMonthValue() - 1;
    }

    /** @param appended the new entries; @param moves the category edits, in commit order */
    public static List<Change> of(List<Entry> appended, List<Move> moves) {
        Map<Key, CategoryFlow> changes = new LinkedHashMap<>();
        for (Entry entry : appended) {
            add(changes, Key.of(entry, entry.categoryId), CategoryFlow.of(entry));
        }
        for (Move move : moves) {
            CategoryFlow flow = CategoryFlow.of(move.entry());
            add(changes, Key.of(move.entry(), move.from()), flow.negated());
            add(changes, Key.of(move.entry(), move.to()), flow);
        }
        return changes.entrySet().stream()
                .filter(change -> !change.getValue().isNone())
                .map(change -> new Change(change.getKey(), change.getValue()))
                .sorted(Comparator.comparingLong((Change c) -> c.key().userId())
                        .thenComparingLong(c -> c.key().day())
                        .thenComparingLong(c -> c.key().accountId())
                        .thenComparingLong(c -> c.key().categoryId()))
                .toList();
    }

    /** The same changes summed per month, sorted by key. */
    public static List<MonthChange> byMonth(List<Change> changes) {
        Map<MonthKey, CategoryFlow> months = new LinkedHashMap<>();
        for (Change change : changes) {
            Key day = change.key();
            months.merge(new MonthKey(day.userId(), day.month(), day.accountId(), day.categoryId()), change.flow(),
                    CategoryFlow::plus);
        }
        return months.entrySet().stream()
                .filter(month -> !month.getValue().isNone())
                .map(month -> new MonthChange(month.getKey(), month.getValue()))
                .sorted(Comparator.comparingLong((MonthChange c) -> c.key().userId())
                        .thenComparingLong(c -> c.key().month())
                        .thenComparingLong(c -> c.key().accountId())
                        .thenComparingLong(c -> c.key().categoryId()))
                .toList();
    }

    private static void add(Map<Key, CategoryFlow> changes, Key key, CategoryFlow flow) {
        if (!flow.isNone()) {
            changes.merge(key, flow, CategoryFlow::plus);
        }
    }
}
