package app.ledger.journal.spending;

import app.ledger.journal.Entry;
import app.ledger.journal.SearchText;
import app.ledger.journal.Tags;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What entries add to the expense per day, account and payee, and per day, account and tag, with no I/O:
 * the expense of {@link CategoryFlow} (a withdrawal, less the reversals of withdrawals on their own day).
 * A payee is kept regardless of case, folded as the payee table and the search fold it
 * ({@link SearchText#fold}); so is a tag, and an entry with several tags adds its expense to each of them
 * once. {@link #NONE} stands for no payee and for no tags. Each row carries a spelling as written: the one
 * of the last entry added to it (or moved to or from it). Used by the ledger writer for a batch (new entries,
 * and edits that move an entry from one payee or set of tags to another), by the migration that fills the
 * totals and by the benchmark seeder.
 */
public final class LabelTotals {

    /** The label of the entries without a payee, or without tags. */
    public static final String NONE = "";

    /** One row of payee_day_totals or tag_day_totals. */
    public record Key(long userId, long day, long accountId, String label) {

        /** {@code year × 12 + month − 1} of the day, as in {@link CategoryTotals#monthOf}. */
        public long month() {
            return CategoryTotals.monthOf(LocalDate.ofEpochDay(day));
        }
    }

    /** @param name the label as written; empty for none */
    public record Change(Key key, String name, long expenseMinor) {
    }

    /** One row of payee_month_totals or tag_month_totals. */
    public record MonthKey(long userId, long month, long accountId, String label) {
    }

    public record MonthChange(MonthKey key, String name, long expenseMinor) {
    }

    /** An edit that changed an entry's payee or tags: from what to what (unchanged ones are equal). */
    public record Move(Entry entry, String fromPayee, String toPayee, List<String> fromTags, List<String> toTags) {
    }

    /** The changes of the payee totals and of the tag totals, each sorted by key. */
    public record Changes(List<Change> payees, List<Change> tags) {

        public boolean isEmpty() {
            return payees.isEmpty() && tags.isEmpty();
        }
    }

    private final Map<Key, Change> payees = new LinkedHashMap<>();
    private final Map<Key, Change> tags = new LinkedHashMap<>();

    /** @param appended the new entries; @param moves the payee and tag edits, in commit order */
    public static Changes of(List<Entry> appended, List<Move> moves) {
        LabelTotals totals = new LabelTotals();
        for (Entry entry : appended) {
            totals.add(entry.userId, entry.occurredOn.toEpochDay(), entry.accountId, entry.payee,
                    Tags.decode(entry.tags), CategoryFlow.of(entry).expenseMinor());
        }
        for (Move move : moves) {
            Entry entry = move.entry();
            long expense = CategoryFlow.of(entry).expenseMinor();
            long day = entry.occurredOn.toEpochDay();
            if (!java.util.Objects.equals(move.fromPayee(), move.toPayee())) {
                totals.addPayee(entry.userId, day, entry.accountId, move.fromPayee(), -expense);
                totals.addPayee(entry.userId, day, entry.accountId, move.toPayee(), expense);
            }
            if (!move.fromTags().equals(move.toTags())) {
                totals.addTags(entry.userId, day, entry.accountId, move.fromTags(), -expense);
                totals.addTags(entry.userId, day, entry.accountId, move.toTags(), expense);
            }
        }
        return totals.changes();
    }

    /** Adds one entry's expense to its payee and to each of its tags. */
    public void add(long userId, long day, long accountId, String payee, List<String> entryTags, long expense) {
        addPayee(userId, day, accountId, payee, expense);
        addTags(userId, day, accountId, entryTags, expense);
    }

    private void addPayee(long userId, long day, long accountId, String payee, long expense) {
        if (expense == 0) {
            return;
        }
        String name = payee == null ? NONE : payee;
        merge(payees, new Key(userId, day, accountId, payee == null ? NONE : SearchText.fold(payee)), name, expense);
    }

    private void addTags(long userId, long day, long accountId, List<String> entryTags, long expense) {
        if (expense == 0) {
            return;
        }
        if (entryTags.isEmpty()) {
            merge(tags, new Key(userId, day, accountId, NONE), NONE, expense);
            return;
        }
        List<String> seen = new ArrayList<>(entryTags.size());
        for (String tag : entryTags) {
            String folded = SearchText.fold(tag);
            if (!seen.contains(folded)) {
                seen.add(folded);
                merge(tags, new Key(userId, day, accountId, folded), tag, expense);
            }
        }
    }

    private static void merge(Map<Key, Change> changes, Key key, String name, long expense) {
        Change before = changes.get(key);
        changes.put(key, new Change(key, name, before == null ? expense
                : Math.addExact(before.expenseMinor(), expense)));
    }

    /** What was added so far, sorted by key; rows that add up to nothing are left out. */
    public Changes changes() {
        return new Changes(sorted(payees), sorted(tags));
    }

    private static List<Change> sorted(Map<Key, Change> changes) {
        return changes.values().stream().filter(change -> change.expenseMinor() != 0)
                .sorted(Comparator.comparingLong((Change c) -> c.key().userId())
                        .thenComparingLong(c -> c.key().day())
                        .thenComparingLong(c -> c.key().accountId())
                        .thenComparing(c -> c.key().label()))
                .toList();
    }

    /** The same changes summed per month, sorted by key; the spelling of the last day's change wins. */
    public static List<MonthChange> byMonth(List<Change> changes) {
        Map<MonthKey, MonthChange> months = new LinkedHashMap<>();
        for (Change change : changes) {
            Key day = change.key();
            MonthKey key = new MonthKey(day.userId(), day.month(), day.accountId(), day.label());
            MonthChange before = months.get(key);
            months.put(key, new MonthChange(key, change.name(), before == null ? change.expenseMinor()
                    : Math.addExact(before.expenseMinor(), change.expenseMinor())));
        }
        return months.values().stream().filter(month -> month.expenseMinor() != 0)
                .sorted(Comparator.comparingLong((MonthChange c) -> c.key().userId())
                        .thenComparingLong(c -> c.key().month())
                        .thenComparingLong(c -> c.key().accountId())
                        .thenComparing(c -> c.key().label()))
                .toList();
    }
}
