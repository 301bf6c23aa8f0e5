package app.ledger.journal.search;

import app.ledger.journal.history.EntryCriteria;
import app.ledger.journal.history.HistoryFilterParams;
import app.ledger.journal.history.HistoryQuery;
import app.ledger.journal.history.PageCursor;
import app.ledger.problem.FieldErrors;
import java.util.ArrayList;
import java.util.List;

/** A search request, checked: page size, where the page starts, the accounts named (none: all) and the filters. */
public record SearchQuery(int limit, PageCursor cursor, List<Long> accountIds, EntryCriteria criteria) {

    /** Accounts one search may name; a user has at most ledger.accounts.max-per-user accounts anyway. */
    static final int MAX_ACCOUNTS = 100;

    public static SearchQuery parse(String limit, String cursor, List<String> accountIds, HistoryFilterParams params) {
        FieldErrors errors = new FieldErrors();
        int size = HistoryQuery.parseLimit(limit, errors);
        PageCursor after = null;
        if (cursor != null && !cursor.isEmpty()) {
            after = PageCursor.decode(cursor, PageCursor.SEARCH).orElse(null);
            if (after == null) {
                errors.add("cursor", PageCursor.NOT_OURS);
            }
        }
        List<Long> accounts = new ArrayList<>();
        for (String id : accountIds == null ? List.<String>of() : accountIds) {
            try {
                accounts.add(Long.parseLong(id));
            } catch (NumberFormatException e) {
                errors.add("accountId", "Enter the id of one of your accounts.");
                break;
            }
        }
        if (accounts.size() > MAX_ACCOUNTS) {
            errors.add("accountId", "Name at most " + MAX_ACCOUNTS + " accounts.");
        }
        EntryCriteria criteria = params.criteria(errors);
        errors.throwIfAny();
        return new SearchQuery(size, after, accounts.stream().distinct().toList(), criteria);
    }
}
