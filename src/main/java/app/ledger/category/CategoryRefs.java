package app.ledger.category;

import app.ledger.journal.CategoryRef;
import app.ledger.persistence.read.DirectReads;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** How entries show their categories, read on the direct read path next to the entries themselves. */
@ApplicationScoped
public class CategoryRefs {

    /** A page has at most a few hundred entries; larger sets are asked in slices of this many. */
    private static final int SLICE = 200;

    private final DirectReads reads;

    public CategoryRefs(DirectReads reads) {
        this.reads = reads;
    }

    /** The user's categories among these ids; ids of other users' categories are left out. */
    public Uni<Map<Long, CategoryRef>> of(long userId, Collection<Long> ids) {
        List<Long> distinct = ids.stream().distinct().sorted().toList();
        if (distinct.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        List<Uni<List<CategoryRef>>> slices = new ArrayList<>();
        for (int from = 0; from < distinct.size(); from += SLICE) {
            slices.add(slice(userId, distinct.subList(from, Math.min(distinct.size(), from + SLICE))));
        }
        return Uni.join().all(slices).andFailFast().map(lists -> lists.stream().flatMap(List::stream)
                .collect(Collectors.toMap(CategoryRef::id, Function.identity())));
    }

    private Uni<List<CategoryRef>> slice(long userId, List<Long> ids) {
        List<Object> params = new ArrayList<>(ids.size() + 1);
        params.add(userId);
        params.addAll(ids);
        String sql = "SELECT id, name, color FROM categories WHERE user_id = ? AND id IN ("
                + String.join(", ", Collections.nCopies(ids.size(), "?")) + ")";
        return reads.list(sql, params, row -> new CategoryRef(row.getLong(0), row.getString(1), row.getString(2)));
    }
}
