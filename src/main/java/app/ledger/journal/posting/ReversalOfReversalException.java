package app.ledger.journal.posting;

import app.ledger.problem.ProblemException;

/**
 * 409: a reversal is not reversed in turn. Reports count a reversal on the side of the entry it cancels, which
 * a reversal of a reversal would turn around; recording the original entry again says the same plainly.
 */
public class ReversalOfReversalException extends ProblemException {

    public ReversalOfReversalException(long entryId, long reversalOf) {
        super(409, "reversal-of-reversal", "A reversal cannot be reversed",
                "Entry " + entryId + " is the reversal of entry " + reversalOf
                        + ". To undo it, record that entry again.");
    }
}
