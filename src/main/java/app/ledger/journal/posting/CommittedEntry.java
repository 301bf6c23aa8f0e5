package app.ledger.journal.posting;

import app.ledger.journal.EntryView;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;
import java.util.stream.Stream;

/** An entry that has been committed, with the user it belongs to, for whoever listens for commits. */
@RegisterForReflection
public record CommittedEntry(long userId, EntryView entry) {

    /** The entries the applied results appended, in order. */
    static List<CommittedEntry> of(List<PostingResult> results) {
        return results.stream()
                .flatMap(r -> r instanceof PostingResult.Applied applied ? applied.entries().stream()
                        : Stream.empty())
                .toList();
    }
}
