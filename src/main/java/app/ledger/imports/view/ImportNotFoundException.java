package app.ledger.imports.view;

import app.ledger.problem.ProblemException;

/** 404: no import of this id belongs to the user. */
public class ImportNotFoundException extends ProblemException {

    public ImportNotFoundException(long id) {
        super(404, "import-not-found", "Import not found", "There is no import " + id + ".");
    }
}
