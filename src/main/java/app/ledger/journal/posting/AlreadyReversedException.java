package app.ledger.journal.posting;

import app.ledger.problem.ProblemException;

/** 409: an entry is reversed at most once. */
public class AlreadyReversedException extends ProblemException {

    public AlreadyReversedException(long entryId, long reversedBy) {
        super(409, "already-reversed", "Already reversed",
                "Entry " + entryId + " was already reversed by entry " + reversedBy + ".");
    }
}
