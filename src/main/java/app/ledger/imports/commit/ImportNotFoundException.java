package app.ledger.imports.commit;

import app.ledger.problem.ProblemException;

/** 404 for an import that does not exist or belongs to someone else: the two are indistinguishable. */
public class ImportNotFoundException extends ProblemException {

    public ImportNotFoundException(long importId) {
        super(404, "import-not-found", "Import not found", "Import " + importId + " does not exist or is not yours.");
    }
}
