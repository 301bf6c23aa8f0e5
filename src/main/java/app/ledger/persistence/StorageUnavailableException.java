package app.ledger.persistence;

import app.ledger.problem.ProblemException;
import java.util.Map;

/** 503 while the database cannot store or read what it should. Nothing of the request was written. */
public class StorageUnavailableException extends ProblemException {

    /** Seconds: about how often readiness checks whether writes go through again. */
    static final int RETRY_AFTER_SECONDS = 10;

    public StorageUnavailableException(StorageFault fault) {
        super(503, "storage-unavailable", "Storage unavailable", describe(fault));
    }

    private static String describe(StorageFault fault) {
        return switch (fault.kind()) {
            case UNWRITABLE -> "The database's disk is full or failing, so this request could not be served "
                    + "and nothing was written. Retry later.";
            case CORRUPT -> "The database reports that its file is damaged, so this request could not be served "
                    + "and nothing was written. It has to be restored from a backup; details are in the server log.";
        };
    }

    @Override
    public Map<String, String> headers() {
        return Map.of("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
    }
}
