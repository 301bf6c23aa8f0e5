package app.ledger.imports.commit;

import java.time.LocalDate;

/**
 * What a commit or an undo needs of an import: whose it is, its account, its status, how many rows it has and
 * the opening balance the statement states (null when it states none).
 */
record StoredImport(long id, long userId, long accountId, String status, int totalRows, Long openingBalanceMinor,
        LocalDate openingBalanceOn) {

    static final String PREVIEWED = "previewed";
    static final String COMMITTED = "committed";
    static final String UNDONE = "undone";
}
