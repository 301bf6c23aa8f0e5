package app.ledger.journal.posting;

import app.ledger.journal.EntryView;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * An entry that a committed transaction appended ({@code editId} null) or changed in place (by the edit
 * {@code editId}: metadata, or the mark of its reversal), with the user it belongs to, for whoever listens
 * for commits.
 */
@RegisterForReflection
public record CommittedEntry(long userId, EntryView entry, Long editId) {

    public CommittedEntry(long userId, EntryView entry) {
        this(userId, entry, null);
    }

    public boolean appended() {
        return editId == null;
    }

    /** Where it stands in commit order: entries and edits take their ids from one counter. */
    public long order() {
        return appended() ? entry.id() : editId;
    }

    /** What the applied results appended and changed, in commit order. */
    static List<CommittedEntry> of(List<PostingResult> results) {
        return results.stream()
                .flatMap(r -> r instanceof PostingResult.Applied applied ? applied.entries().stream()
                        : Stream.empty())
                .sorted(Comparator.comparingLong(CommittedEntry::order))
                .toList();
    }
}
