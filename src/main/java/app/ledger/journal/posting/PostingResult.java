package app.ledger.journal.posting;

import app.ledger.problem.ProblemException;
import java.util.List;

/**
 * What one write came to. The body is the exact JSON of the answer, rendered once inside the transaction
 * so that a replay under the same Idempotency-Key returns the same bytes.
 */
public sealed interface PostingResult {

    /**
     * The write was committed now; {@code entries} are what it appended and changed, {@code live} what live
     * listeners are told of it: the same, except for a statement import ({@link ImportSummary}).
     */
    record Applied(String body, List<CommittedEntry> entries, List<CommittedEntry> live) implements PostingResult {

        public Applied(String body, List<CommittedEntry> entries) {
            this(body, entries, entries);
        }
    }

    /** The same Idempotency-Key was used before for the same request: its first answer, again. */
    record Replayed(String body) implements PostingResult {
    }

    /** Nothing was written, for the reason the problem gives. */
    record Refused(ProblemException problem) implements PostingResult {
    }
}
