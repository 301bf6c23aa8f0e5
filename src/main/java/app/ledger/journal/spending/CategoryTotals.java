package app.ledger.journal.spending;

import app.ledger.journal.Entry;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

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

        /** The Monday-to-Sunday week of the day ({@link #weekOf}). */
        public long week() {
            return weekOf(day);
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

    /** One row of category_month_totals (the period a month) or category_week_totals (a week). */
    public record PeriodKey(long userId, long period, long accountId, long categoryId) {
    }

    public record PeriodChange(PeriodKey key, CategoryFlow flow) {
    }

    public static long monthOf(LocalDate day) {
        return day.getYear() * 12L + day.getMonthValue() - 1;
    }

    /**
     * The number of the Monday-to-Sunday week of an epoch day: 0 for the week of 1 January 1970 (a Thursday),
     * which began on Monday 29 December 1969. Week reports of users whose weeks start on another day read
     * these and move the days that belong to the next of their weeks (app.ledger.report.ReportRepository).
     */
    public static long weekOf(long epochDay) {
        return Math.floorDiv(epochDay + 3, 7);
    }

    /** The Monday that starts a week of {@link #weekOf}. */
    public static LocalDate mondayOf(long week) {
        return LocalDate.ofEpochDay(week * 7 - 3);
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
    public static List<PeriodChange> byMonth(List<Change> changes) {
        return byPeriod(changes, Key::month);
    }

    /** The same changes summed per Monday-to-Sunday week, sorted by key. */
    public static List<PeriodChange> byWeek(List<Change> changes) {
        return byPeriod(changes, Key::week);
    }

    private static List<PeriodChange> byPeriod(List<Change> changes, ToLongFunction<Key> periodOf) {
        Map<PeriodKey, CategoryFlow> periods = new LinkedHashMap<>();
        for (Change change : changes) {
            Key day = change.key();
            periods.merge(new PeriodKey(day.userId(), periodOf.applyAsLong(day), day.accountId(), day.categoryId()),
                    change.flow(), CategoryFlow::plus);
        }
        return periods.entrySet().stream()
                .filter(period -> !period.getValue().isNone())
                .map(period -> new PeriodChange(period.getKey(), period.getValue()))
                .sorted(Comparator.comparingLong((PeriodChange c) -> c.key().userId())
                        .thenComparingLong(c -> c.key().period())
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
