package app.ledger.journal.posting;

import app.ledger.journal.EntryView;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * An entry that a committed transaction appended ({@code editId} null) or changed in place (by the edit
 * {@code editId}: metadata, or the mark of its reversal), with the user it belongs to, for whoever listens
 * for commits. For live listeners a statement import stands for all its entries at once: {@code importSummary}
 * says what it did, and {@code entry} is its last appended entry (the account's balance after it).
 */
@RegisterForReflection
public record CommittedEntry(long userId, EntryView entry, Long editId, ImportSummary importSummary) {

    public CommittedEntry(long userId, EntryView entry) {
        this(userId, entry, null, null);
    }

    public CommittedEntry(long userId, EntryView entry, Long editId) {
        this(userId, entry, editId, null);
    }

    public boolean appended() {
        return editId == null && importSummary == null;
    }

    /** Where it stands in commit order: entries and edits take their ids from one counter. */
    public long order() {
        if (importSummary != null) {
            return importSummary.lastOrder();
        }
        return editId == null ? entry.id() : editId;
    }

    /** What the applied results appended and changed, in commit order. */
    static List<CommittedEntry> of(List<PostingResult> results) {
        return sorted(results.stream().flatMap(r -> r instanceof PostingResult.Applied applied
                ? applied.entries().stream() : Stream.empty()));
    }

    /** The same for live listeners, an import's entries standing as one summary. */
    static List<CommittedEntry> live(List<PostingResult> results) {
        return sorted(results.stream().flatMap(r -> r instanceof PostingResult.Applied applied
                ? applied.live().stream() : Stream.empty()));
    }

    private static List<CommittedEntry> sorted(Stream<CommittedEntry> entries) {
        return entries.sorted(Comparator.comparingLong(CommittedEntry::order)).toList();
    }
}
