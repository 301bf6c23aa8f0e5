package app.ledger.imports.profile;

import app.ledger.problem.ProblemException;

/** 409: the user has a mapping profile of this name already. */
public class ImportProfileExistsException extends ProblemException {

    public ImportProfileExistsException(String name) {
        super(409, "import-profile-exists", "Profile exists already",
                "You already have a mapping profile named \"" + name + "\". Choose another name or change that one.");
    }
}
