package app.ledger.journal.history;

import app.ledger.journal.Entry;
import app.ledger.journal.EntryType;
import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.quarkus.panache.common.Page;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The queries that read entries back: history pages and the replay of live updates. */
@ApplicationScoped
public class HistoryRepository implements PanacheRepository<Entry> {

    /**
     * Newest first, below the cursor: a walk down the (account_id, seq) index that costs the same on the
     * first page as a million entries deep.
     */
    public Uni<List<Entry>> newestFirst(long accountId, HistoryFilter filter, Long beforeSeq, int size) {
        StringBuilder where = new StringBuilder("accountId = :account");
        Map<String, Object> params = new HashMap<>();
        params.put("account", accountId);
        if (beforeSeq != null) {
            where.append(" and seq < :before");
            params.put("before", beforeSeq);
        }
        if (!filter.types().equals(EnumSet.allOf(EntryType.class))) {
            where.append(" and type in :types");
            params.put("types", List.copyOf(filter.types()));
        }
        if (filter.from() != null) {
            where.append(" and createdAt >= :from");
            params.put("from", filter.from());
        }
        if (filter.to() != null) {
            where.append(" and createdAt < :to");
            params.put("to", filter.to());
        }
        if (filter.minMinor() != null) {
            where.append(" and amountMinor >= :min");
            params.put("min", filter.minMinor());
        }
        if (filter.maxMinor() != null) {
            where.append(" and amountMinor <= :max");
            params.put("max", filter.maxMinor());
        }
        if (filter.likePattern() != null) {
            // Not an index search: the walk down (account_id, seq) stays the plan, newest first, and the LIKE
            // filters the rows it passes. A page costs as many rows as it takes to find its matches.
            where.append(" and searchText like :text escape '\\'");
            params.put("text", filter.likePattern());
        }
        return find(where + " order by seq desc", params).page(Page.ofSize(size)).list();
    }

    /** A user's entries after a position, in commit order (replay of live updates). */
    public Uni<List<Entry>> ofUserAfter(long userId, long afterId, int size) {
        return find("userId = ?1 and id > ?2 order by id", userId, afterId).page(Page.ofSize(size)).list();
    }
}
