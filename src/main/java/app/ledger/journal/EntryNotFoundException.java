package app.ledger.journal;

import app.ledger.problem.ProblemException;

/** 404 for an entry that does not exist or that the user may not see: the two are indistinguishable. */
public class EntryNotFoundException extends ProblemException {

    public EntryNotFoundException(long entryId) {
        super(404, "entry-not-found", "Entry not found", "There is no entry " + entryId + ".");
    }
}
