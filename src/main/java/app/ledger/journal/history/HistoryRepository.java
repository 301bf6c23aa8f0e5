package app.ledger.journal.history;

import app.ledger.journal.Entry;
import app.ledger.journal.EntryRows;
import app.ledger.journal.EntryType;
import app.ledger.persistence.InstantMicrosConverter;
import app.ledger.persistence.read.DirectReads;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
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
     * Newest first, below the cursor: a walk down the (account_id, seq) index that costs the same on the
     * first page as a million entries deep.
     */
    public Uni<List<Entry>> newestFirst(long accountId, HistoryFilter filter, Long beforeSeq, int size) {
        StringBuilder sql = new StringBuilder(SELECT).append("account_id = ?");
        List<Object> params = new ArrayList<>();
        params.add(accountId);
        if (beforeSeq != null) {
            sql.append(" AND seq < ?");
            params.add(beforeSeq);
        }
        if (!filter.types().equals(EnumSet.allOf(EntryType.class))) {
            // in declaration order, so that each set of types is always the same statement text
            sql.append(" AND type IN (").append(String.join(", ", Collections.nCopies(filter.types().size(), "?")))
                    .append(')');
            filter.types().forEach(type -> params.add(type.code()));
        }
        if (filter.from() != null) {
            sql.append(" AND created_at >= ?");
            params.add(InstantMicrosConverter.toMicros(filter.from()));
        }
        if (filter.to() != null) {
            sql.append(" AND created_at < ?");
            params.add(InstantMicrosConverter.toMicros(filter.to()));
        }
        if (filter.minMinor() != null) {
            sql.append(" AND amount_minor >= ?");
            params.add(filter.minMinor());
        }
        if (filter.maxMinor() != null) {
            sql.append(" AND amount_minor <= ?");
            params.add(filter.maxMinor());
        }
        if (filter.likePattern() != null) {
            // Not an index search: the walk down (account_id, seq) stays the plan, newest first, and the LIKE
            // filters the rows it passes. A page costs as many rows as it takes to find its matches.
            sql.append(" AND search_text LIKE ? ESCAPE '\\'");
            params.add(filter.likePattern());
        }
        sql.append(" ORDER BY seq DESC LIMIT ?");
        params.add(size);
        return reads.list(sql.toString(), params, EntryRows::read);
    }

    /** A user's entries after a position, in commit order (replay of live updates). */
    public Uni<List<Entry>> ofUserAfter(long userId, long afterId, int size) {
        return reads.list(SELECT + "user_id = ? AND id > ? ORDER BY id LIMIT ?", List.of(userId, afterId, size),
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
                + "ORDER BY edit_id LIMIT ?", List.of(userId, afterEditId, size),
                row -> new EditPosition(row.getLong(0), row.getLong(1)));
    }

    /** One edit of an entry's metadata, named by its position in the live stream. */
    public record EditPosition(long editId, long entryId) {
    }
}
