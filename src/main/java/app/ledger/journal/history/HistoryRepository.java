package app.ledger.journal.history;

import app.ledger.journal.CategoryRef;
import app.ledger.journal.Entry;
import app.ledger.journal.EntryRows;
import app.ledger.persistence.read.Cells;
import app.ledger.persistence.read.DirectReads;
import app.ledger.persistence.read.RowLimit;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The queries that read entries back: history pages and the replay of live updates, on the direct read path. */
@ApplicationScoped
public class HistoryRepository {

    private static final String SELECT = "SELECT " + EntryRows.COLUMNS + " FROM entries WHERE ";

    private final DirectReads reads;

    public HistoryRepository(DirectReads reads) {
        this.reads = reads;
    }

    /**
     * An account's page in recording order, newest first, below the cursor: a walk down the (account_id, seq)
     * index that costs the same on the first page as a million entries deep. The running balance in this
     * order is the balance after each entry.
     */
    public Uni<List<HistoryRow>> newestRecorded(long accountId, long ownerId, HistoryFilter filter, Long beforeSeq,
            int size) {
        StringBuilder sql = new StringBuilder("WITH page AS MATERIALIZED (SELECT ").append(EntryRows.COLUMNS)
                .append(" FROM entries WHERE account_id = ?");
        List<Object> params = new ArrayList<>();
        params.add(accountId);
        if (beforeSeq != null) {
            sql.append(" AND seq < ?");
            params.add(beforeSeq);
        }
        FilterSql.append(filter, ownerId, sql, params);
        sql.append(" ORDER BY seq DESC").append(RowLimit.of(size)).append(')');
        sql.append(" SELECT page.*, ").append(CATEGORY).append(" FROM page ").append(CATEGORY_JOIN)
                .append(" ORDER BY page.seq DESC");
        return reads.list(sql.toString(), params, row -> {
            Entry entry = EntryRows.read(row);
            return new HistoryRow(entry, entry.balanceAfterMinor, category(entry, row, EntryRows.COUNT));
        });
    }

    /**
     * An account's page by the day the money moved, then recording order, newest first, below the cursor, each
     * row with its running balance in this order; one statement, so the page and the totals are one snapshot.
     *
     * <p>The page is a walk down the (account_id, occurred_on, seq) index. The running balance of an entry on
     * day d is the account's balance, less the net of the days after the page's last day {@code hi} (at most 31
     * day totals and one block total per 32 days), less the net of the days from d to {@code hi} (a window over
     * the day totals the page spans), plus the entry's own running sum within its day.
     */
    public Uni<List<HistoryRow>> newestOccurred(long accountId, long ownerId, HistoryFilter filter, PageCursor after,
            int size) {
        StringBuilder sql = new StringBuilder("WITH page AS MATERIALIZED (SELECT ").append(EntryRows.COLUMNS)
                .append(", day_running_minor FROM entries WHERE account_id = ?");
        List<Object> params = new ArrayList<>();
        params.add(accountId);
        if (after != null) {
            // a row value: both databases seek the index to it, where an OR would make them walk to it
            sql.append(" AND (occurred_on, seq) < (?, ?)");
            params.add(after.day());
            params.add(after.position());
        }
        FilterSql.append(filter, ownerId, sql, params);
        sql.append(" ORDER BY occurred_on DESC, seq DESC").append(RowLimit.of(size)).append(')');
        sql.append(RUNNING_BALANCES);
        for (int i = 0; i < 4; i++) {
            params.add(accountId);
        }
        return reads.list(sql.toString(), params, row -> {
            Entry entry = EntryRows.read(row);
            return new HistoryRow(entry, row.getLong(RUNNING_MINOR), category(entry, row, RUNNING_MINOR + 1));
        });
    }

    /** Where the running balance sits: after the entry's columns and its day_running_minor. */
    private static final int RUNNING_MINOR = EntryRows.COUNT + 1;

    /**
     * A page's categories come with its rows, in the same statement: a second query for them cost a round trip
     * to a reader thread and back. Only the owner's own categories show, as everywhere else.
     */
    private static final String CATEGORY = "c.name, c.color";
    private static final String CATEGORY_JOIN = "LEFT JOIN categories c ON c.id = page.category_id "
            + "AND c.user_id = page.user_id";

    /** The entry's category from the name and colour at {@code at}, null when it has none (or none it may show). */
    private static CategoryRef category(Entry entry, Cells row, int at) {
        String name = row.getString(at);
        return entry.categoryId == null || name == null ? null
                : new CategoryRef(entry.categoryId, name, row.getString(at + 1));
    }

    /** The rest of {@link #newestOccurred} after the page: four times the account id. */
    private static final String RUNNING_BALANCES = """
            , span AS MATERIALIZED (SELECT MIN(occurred_on) AS lo, MAX(occurred_on) AS hi FROM page),
            days AS (SELECT t.day, SUM(t.net_minor) OVER (ORDER BY t.day DESC ROWS UNBOUNDED PRECEDING) AS through
                     FROM account_day_totals t, span
                     WHERE t.account_id = ? AND t.day >= span.lo AND t.day <= span.hi),
            later AS (SELECT (SELECT a.balance_minor FROM accounts a WHERE a.id = ?)
                        - COALESCE((SELECT SUM(t.net_minor) FROM account_day_totals t, span
                                    WHERE t.account_id = ? AND t.day > span.hi
                                      AND t.day < ((span.hi >> 5) + 1) << 5), 0)
                        - COALESCE((SELECT SUM(b.net_minor) FROM account_block_totals b, span
                                    WHERE b.account_id = ? AND b.block > span.hi >> 5), 0) AS before_later)
            SELECT page.*, CAST(later.before_later - days.through + page.day_running_minor AS BIGINT),
            """ + CATEGORY + """
             FROM page JOIN days ON days.day = page.occurred_on CROSS JOIN later
            """ + CATEGORY_JOIN + " ORDER BY page.occurred_on DESC, page.seq DESC";

    /**
     * An entry of a history page with its running balance in the page's order, in minor units, and its
     * category as the entry shows it (null when it has none).
     */
    public record HistoryRow(Entry entry, long runningMinor, CategoryRef category) {
    }

    /** A user's entries after a position, in commit order (replay of live updates). */
    public Uni<List<Entry>> ofUserAfter(long userId, long afterId, int size) {
        return reads.list(SELECT + "user_id = ? AND id > ? ORDER BY id" + RowLimit.of(size), List.of(userId, afterId),
                EntryRows::read);
    }

    /** These entries of the user, in id order; ids of other users' entries are left out. */
    public Uni<List<Entry>> ofUserByIds(long userId, List<Long> ids) {
        List<Object> params = new ArrayList<>(ids.size() + 1);
        params.add(userId);
        params.addAll(ids);
        return reads.list(SELECT + "user_id = ? AND id IN (" + String.join(", ", Collections.nCopies(ids.size(), "?"))
                + ") ORDER BY id", params, EntryRows::read);
    }

    /** A user's metadata edits after a position, each as its edit id and entry id, in commit order. */
    public Uni<List<EditPosition>> editsOfUserAfter(long userId, long afterEditId, int size) {
        return reads.list("SELECT DISTINCT edit_id, entry_id FROM entry_changes WHERE user_id = ? AND edit_id > ? "
                + "ORDER BY edit_id" + RowLimit.of(size), List.of(userId, afterEditId),
                row -> new EditPosition(row.getLong(0), row.getLong(1)));
    }

    /** One edit of an entry's metadata, named by its position in the live stream. */
    public record EditPosition(long editId, long entryId) {
    }
}
