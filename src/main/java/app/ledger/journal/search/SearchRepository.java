package app.ledger.journal.search;

import app.ledger.journal.Entry;
import app.ledger.journal.EntryRows;
import app.ledger.journal.history.FilterSql;
import app.ledger.journal.history.HistoryFilter;
import app.ledger.journal.history.PageCursor;
import app.ledger.persistence.read.DirectReads;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Search across a user's entries, newest day first, then commit order, on the direct read path. Two plans:
 *
 * <ul>
 * <li>A text of three characters or more that few entries contain (at most {@link #FEW}, counted from the
 * text index, plus the entries of the categories whose names contain it): those entries are looked up by id
 * and sorted; a page costs the matches, not the history.</li>
 * <li>Anything else: a walk down (user_id, occurred_on, id) from the cursor, every filter checked on the rows
 * it passes. A common text fills a page after a few hundred rows; the filters without text (category,
 * payee, tag, amounts) cost as many rows as it takes to find a page of matches.</li>
 * </ul>
 */
@ApplicationScoped
public class SearchRepository {

    /** Past this many matches of the text, walking finds a page sooner than sorting all of them. */
    static final int FEW = 5000;

    private final DirectReads reads;
    private final TextIndex index;

    public SearchRepository(DirectReads reads, TextIndex index) {
        this.reads = reads;
        this.index = index;
    }

    /**
     * @param accountIds the accounts to search, empty for all of the user's
     * @param amounts    amount bounds by group of accounts (see {@link AmountBounds})
     */
    public Uni<List<Entry>> search(long userId, List<Long> accountIds, HistoryFilter filter,
            List<AmountBounds> amounts, PageCursor after, int size) {
        String folded = filter.folded();
        if (folded == null || folded.codePointCount(0, folded.length()) < TextIndex.MIN_CHARACTERS) {
            return page(userId, accountIds, filter, amounts, after, size, false);
        }
        return reads.first("SELECT count(*) FROM (" + matches() + " LIMIT ?) m",
                        List.of(index.pattern(folded), userId, filter.textPattern(), FEW + 1), row -> row.getLong(0))
                .flatMap(count -> page(userId, accountIds, filter, amounts, after, size, count <= FEW));
    }

    /** Ids of the entries whose text contains the search text, and of those in categories whose name does. */
    private String matches() {
        return index.idsContaining() + " UNION SELECT id FROM entries WHERE category_id IN (SELECT id FROM "
                + "categories WHERE user_id = ? AND name_key LIKE ? ESCAPE '\\')";
    }

    private Uni<List<Entry>> page(long userId, List<Long> accountIds, HistoryFilter filter,
            List<AmountBounds> amounts, PageCursor after, int size, boolean byMatches) {
        StringBuilder sql = new StringBuilder("SELECT ").append(EntryRows.COLUMNS).append(" FROM entries WHERE ");
        List<Object> params = new ArrayList<>();
        if (byMatches) {
            // the unary plus keeps the planner off the user's index: the matches lead, then one sort
            sql.append("id IN (").append(matches()).append(") AND +user_id = ?");
            params.add(index.pattern(filter.folded()));
            params.add(userId);
            params.add(filter.textPattern());
        } else {
            sql.append("user_id = ?");
        }
        params.add(userId);
        if (!accountIds.isEmpty()) {
            sql.append(" AND account_id IN (").append(String.join(", ", Collections.nCopies(accountIds.size(), "?")))
                    .append(')');
            params.addAll(accountIds);
        }
        if (after != null) {
            sql.append(" AND (occurred_on, id) < (?, ?)");
            params.add(after.day());
            params.add(after.position());
        }
        FilterSql.append(filter, userId, sql, params);
        appendAmounts(amounts, sql, params);
        sql.append(" ORDER BY occurred_on DESC, id DESC LIMIT ?");
        params.add(size);
        return reads.list(sql.toString(), params, EntryRows::read);
    }

    private static void appendAmounts(List<AmountBounds> amounts, StringBuilder sql, List<Object> params) {
        if (amounts.isEmpty()) {
            return;
        }
        sql.append(" AND (");
        for (int i = 0; i < amounts.size(); i++) {
            AmountBounds bounds = amounts.get(i);
            sql.append(i == 0 ? "(" : " OR (").append("1 = 1");
            if (!bounds.accountIds().isEmpty()) {
                sql.append(" AND account_id IN (")
                        .append(String.join(", ", Collections.nCopies(bounds.accountIds().size(), "?"))).append(')');
                params.addAll(bounds.accountIds());
            }
            if (bounds.minMinor() != null) {
                sql.append(" AND amount_minor >= ?");
                params.add(bounds.minMinor());
            }
            if (bounds.maxMinor() != null) {
                sql.append(" AND amount_minor <= ?");
                params.add(bounds.maxMinor());
            }
            sql.append(')');
        }
        sql.append(')');
    }
}
