package app.ledger.imports.profile;

import app.ledger.problem.ProblemException;

/** 409: the user has as many mapping profiles as one may keep. */
public class TooManyImportProfilesException extends ProblemException {

    public TooManyImportProfilesException(int max) {
        super(409, "too-many-import-profiles", "Too many profiles",
                "You have " + max + " mapping profiles, the most one may keep. Delete one you no longer use first.");
    }
}
