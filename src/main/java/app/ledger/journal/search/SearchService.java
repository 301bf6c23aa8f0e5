package app.ledger.journal.search;

import app.ledger.account.Account;
import app.ledger.account.AccountAccess;
import app.ledger.account.Permission;
import app.ledger.category.CategoryRefs;
import app.ledger.journal.AccountRef;
import app.ledger.journal.Entry;
import app.ledger.journal.EntryView;
import app.ledger.journal.history.HistoryFilter;
import app.ledger.journal.history.PageCursor;
import app.ledger.money.Money;
import app.ledger.persistence.StorageHealth;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.stream.Collectors;

/** Search across every account the user may read. */
@ApplicationScoped
public class SearchService {

    private final AccountAccess access;
    private final SearchRepository entries;
    private final CategoryRefs categories;
    private final StorageHealth storage;

    public SearchService(AccountAccess access, SearchRepository entries, CategoryRefs categories,
            StorageHealth storage) {
        this.access = access;
        this.entries = entries;
        this.categories = categories;
        this.storage = storage;
    }

    /** Each account named must be one the user may read (404 otherwise, as everywhere). */
    public Uni<SearchPage> search(long userId, SearchQuery query) {
        Uni<Void> named = query.accountIds().isEmpty() ? Uni.createFrom().voidItem()
                : Uni.join().all(query.accountIds().stream()
                                .map(id -> access.require(userId, id, Permission.READ)).toList())
                        .usingConcurrencyOf(1).andFailFast().replaceWithVoid();
        return named.chain(() -> access.readable(userId))
                .flatMap(readable -> {
                    Map<Long, Account> byId = readable.stream()
                            .collect(Collectors.toMap(a -> a.id, Function.identity()));
                    Collection<Account> searched = query.accountIds().isEmpty() ? readable
                            : query.accountIds().stream().map(byId::get).filter(Objects::nonNull).toList();
                    HistoryFilter filter = query.criteria().filter(null, null);
                    List<AmountBounds> amounts = AmountBounds.of(decimal(query.criteria().minAmount()),
                            decimal(query.criteria().maxAmount()), searched);
                    return entries.search(userId, query.accountIds(), filter, amounts, query.cursor(),
                                    query.limit() + 1)
                            .flatMap(rows -> page(userId, byId, rows, query.limit()));
                })
                .onFailure().transform(storage::translate);
    }

    private Uni<SearchPage> page(long userId, Map<Long, Account> accounts, List<Entry> rows, int limit) {
        boolean more = rows.size() > limit;
        List<Entry> page = more ? rows.subList(0, limit) : rows;
        Entry last = page.isEmpty() ? null : page.get(page.size() - 1);
        String next = more ? new PageCursor(PageCursor.SEARCH, last.occurredOn.toEpochDay(), last.id).encode() : null;
        LongFunction<AccountRef> names = AccountRef.among(accounts.values().stream()
                .collect(Collectors.toMap(a -> a.id, a -> a.name)));
        return categories.of(userId, page.stream().map(e -> e.categoryId).filter(Objects::nonNull).toList())
                .map(refs -> new SearchPage(page.stream().map(e -> EntryView.of(e,
                        Currency.getInstance(accounts.get(e.accountId).currency), refs, names)).toList(), next));
    }

    private static BigDecimal decimal(String text) {
        return text == null ? null : Money.parseDecimal(text).orElseThrow();
    }
}
