package app.ledger.journal.payee;

import app.ledger.journal.SearchText;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a committed batch changes in the payee table, with no I/O: the uses of one batch summed per user and
 * name regardless of case ({@link SearchText#fold}). The spelling of the last added use wins, and the latest
 * day among the added ones. Sorted by user and folded name, so that two writers that touch the same rows
 * lock them in the same order.
 */
public final class PayeeTally {

    private PayeeTally() {
    }

    /**
     * The net change of one row.
     *
     * @param name the spelling to keep, null when the batch only took uses away
     * @param lastOccurredOn the latest day of an added use, null when none was added
     */
    public record Change(long userId, String folded, String name, int delta, LocalDate lastOccurredOn) {
    }

    private record Key(long userId, String folded) {
    }

    /** @param uses in commit order */
    public static List<Change> of(List<PayeeUse> uses) {
        Map<Key, Change> changes = new LinkedHashMap<>();
        for (PayeeUse use : uses) {
            Key key = new Key(use.userId(), SearchText.fold(use.name()));
            Change before = changes.getOrDefault(key, new Change(key.userId(), key.folded(), null, 0, null));
            boolean added = use.delta() > 0;
            LocalDate day = !added || before.lastOccurredOn() != null
                    && before.lastOccurredOn().isAfter(use.occurredOn()) ? before.lastOccurredOn() : use.occurredOn();
            changes.put(key, new Change(key.userId(), key.folded(), added ? use.name() : before.name(),
                    before.delta() + use.delta(), day));
        }
        return changes.values().stream()
                .sorted(Comparator.comparingLong(Change::userId).thenComparing(Change::folded))
                .toList();
    }
}
