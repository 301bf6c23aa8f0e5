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
 * <li>A text of three characters or more (or else a payee, or a tag) that few entries have (at most
 * {@link #FEW}, counted from the text index, plus the entries of the categories whose names contain the text):
 * those entries are looked up by id and sorted; a page costs the matches, not the history.</li>
 * <li>Anything else: a walk down (user_id, occurred_on, id) from the cursor, every filter checked on the rows
 * it passes. A common text fills a page after a few hundred rows; the other filters (category, type, amounts,
 * dates) cost as many rows as it takes to find a page of matches.</li>
 * </ul>
 */
@ApplicationScoped
public class SearchRepository {

    /** Past this many matches of the text, walking finds a page sooner than sorting all of them. */
    static final int FEW = 5000;
    /**
     * Entries a search with an indexed text first walks; when they hold a page of matches, that is the page.
     * Asking the index costs in proportion to every entry that contains the text's trigrams, which is what a
     * common text must not cost.
     */
    static final int WALK_FIRST = 4000;

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
        Indexed indexed = indexed(filter);
        if (indexed == null) {
            return page(userId, accountIds, filter, amounts, after, size, null, null);
        }
        // a common text fills its page within the next few thousand entries: then the index is not asked at all
        return page(userId, accountIds, filter, amounts, after, size, null, WALK_FIRST).flatMap(walked -> {
            if (walked.size() == size) {
                return Uni.createFrom().item(walked);
            }
            List<Object> params = new ArrayList<>(indexed.params(index, userId));
            params.add(FEW + 1);
            return reads.first("SELECT count(*) FROM (" + indexed.sql(index) + " LIMIT ?) m", params,
                            row -> row.getLong(0))
                    .flatMap(count -> page(userId, accountIds, filter, amounts, after, size,
                            count <= FEW ? indexed : null, null));
        });
    }

    /**
     * What the text index can narrow the search to: the text searched for (three characters or more, with the
     * categories whose names contain it), or else the payee, or else the tag; null when none of them.
     */
    private static Indexed indexed(HistoryFilter filter) {
        String folded = filter.folded();
        if (folded != null && folded.codePointCount(0, folded.length()) >= TextIndex.MIN_CHARACTERS) {
            return new Indexed(folded, filter.textPattern());
        }
        if (filter.payeeMarker() != null) {
            return new Indexed(filter.payeeMarker(), null);
        }
        return filter.tagMarker() == null ? null : new Indexed(filter.tagMarker(), null);
    }

    /** Ids of the entries whose search text contains a text (and, for a search text, of matching categories). */
    private record Indexed(String text, String categoryPattern) {

        String sql(TextIndex index) {
            // UNION ALL: an id twice only counts the threshold early, and IN ignores it; UNION would sort them all
            return categoryPattern == null ? index.idsContaining() : index.idsContaining()
                    + " UNION ALL SELECT id FROM entries WHERE category_id IN (SELECT id FROM categories "
                    + "WHERE user_id = ? AND name_key LIKE ? ESCAPE '\\')";
        }

        List<Object> params(TextIndex index, long userId) {
            return categoryPattern == null ? List.of(index.pattern(text))
                    : List.of(index.pattern(text), userId, categoryPattern);
        }
    }

    /** @param budget when set, only this many of the next entries are looked at (a page may come out short) */
    private Uni<List<Entry>> page(long userId, List<Long> accountIds, HistoryFilter filter,
            List<AmountBounds> amounts, PageCursor after, int size, Indexed byMatches, Integer budget) {
        StringBuilder sql = new StringBuilder("SELECT ").append(EntryRows.COLUMNS).append(" FROM ");
        sql.append(budget == null ? "entries" : "(SELECT * FROM entries WHERE user_id = ?"
                + (after == null ? "" : " AND (occurred_on, id) < (?, ?)")
                + " ORDER BY occurred_on DESC, id DESC LIMIT ?) AS e").append(" WHERE ");
        List<Object> params = new ArrayList<>();
        if (budget != null) {
            params.add(userId);
            if (after != null) {
                params.add(after.day());
                params.add(after.position());
            }
            params.add(budget);
        }
        if (byMatches != null) {
            // the unary plus keeps the planner off the user's index: the matches lead, then one sort
            sql.append("id IN (").append(byMatches.sql(index)).append(") AND +user_id = ?");
            params.addAll(byMatches.params(index, userId));
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
