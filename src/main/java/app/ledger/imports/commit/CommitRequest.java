package app.ledger.imports.commit;

import java.util.List;

/**
 * The body of {@code POST /api/imports/{id}/commit}: the new rows go in except those in {@code skip}, and the
 * rows in {@code include} go in too (duplicates the person says are not); {@code openingBalance} deposits the
 * statement's opening balance first. Every member may be left out.
 */
public record CommitRequest(List<Integer> skip, List<Integer> include, Boolean openingBalance) {

    static CommitRequest empty() {
        return new CommitRequest(null, null, null);
    }
}
