package app.ledger.imports.profile;

import app.ledger.problem.ProblemException;

/** 404: no mapping profile of this id belongs to the user. */
public class ImportProfileNotFoundException extends ProblemException {

    public ImportProfileNotFoundException(long id) {
        super(404, "import-profile-not-found", "Profile not found", "There is no mapping profile " + id + ".");
    }
}
