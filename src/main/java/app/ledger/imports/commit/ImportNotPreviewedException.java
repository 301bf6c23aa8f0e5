package app.ledger.imports.commit;

import app.ledger.problem.ProblemException;
import java.util.Map;

/** 409: only a preview can be committed (or deleted as a preview); this import was committed or undone. */
public class ImportNotPreviewedException extends ProblemException {

    private final String status;

    public ImportNotPreviewedException(long importId, String status) {
        super(409, "import-not-previewed", "Import not a preview", describe(importId, status));
        this.status = status;
    }

    private static String describe(long importId, String status) {
        if (status == null) {
            return "Import " + importId + " is no preview any more: it was committed or deleted meanwhile.";
        }
        if (StoredImport.UNDONE.equals(status)) {
            return "Import " + importId + " was committed and undone already: upload the file again to import it.";
        }
        return "Import " + importId + " is committed already: its rows are in the account. Delete the import to "
                + "undo it.";
    }

    @Override
    public Map<String, Object> members() {
        return status == null ? Map.of() : Map.of("status", status);
    }
}
