package app.ledger.imports.commit;

import app.ledger.problem.ProblemException;
import java.util.Map;

/** 409: an import can be undone once; this one was undone already. */
public class ImportNotCommittedException extends ProblemException {

    public ImportNotCommittedException(long importId) {
        super(409, "import-not-committed", "Import not committed",
                "Import " + importId + " was undone already: its entries are reversed.");
    }

    @Override
    public Map<String, Object> members() {
        return Map.of("status", StoredImport.UNDONE);
    }
}
