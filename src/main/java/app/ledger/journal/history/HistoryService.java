package app.ledger.journal.history;

import app.ledger.account.Account;
import app.ledger.account.AccountAccess;
import app.ledger.account.AccountService;
import app.ledger.account.Permission;
import app.ledger.category.CategoryService;
import app.ledger.journal.CategoryRef;
import app.ledger.journal.Entry;
import app.ledger.journal.EntryChangeRepository;
import app.ledger.journal.EntryView;
import app.ledger.journal.posting.CommittedEntry;
import app.ledger.persistence.StorageHealth;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.concurrent.atomic.AtomicReference;

/** Reads the ledger: history pages, the CSV export, and the entries a live stream replays. */
@ApplicationScoped
public class HistoryService {

    static final int EXPORT_CHUNK = 500;

    private final AccountAccess access;
    private final AccountService accounts;
    private final HistoryRepository entries;
    private final StorageHealth storage;
    private final CategoryService categories;
    private final EntryChangeRepository changes;

    public HistoryService(AccountAccess access, AccountService accounts, HistoryRepository entries,
            StorageHealth storage, CategoryService categories, EntryChangeRepository changes) {
        this.changes = changes;
        this.access = access;
        this.accounts = accounts;
        this.entries = entries;
        this.storage = storage;
        this.categories = categories;
    }

    @WithSession
    public Uni<HistoryPage> history(long userId, long accountId, HistoryQuery query) {
        return access.require(userId, accountId, Permission.READ).flatMap(account -> {
            Currency currency = Currency.getInstance(account.currency);
            HistoryFilter filter = query.resolve(currency);
            return entries.newestFirst(accountId, filter, query.cursor(), query.limit() + 1).flatMap(rows -> {
                boolean more = rows.size() > query.limit();
                List<Entry> page = more ? rows.subList(0, query.limit()) : rows;
                String next = more ? Long.toString(page.get(page.size() - 1).seq) : null;
                return categoriesOf(userId, page).map(categories -> new HistoryPage(
                        page.stream().map(e -> EntryView.of(e, currency, categories)).toList(), next));
            });
        }).onFailure().transform(storage::translate);
    }

    /**
     * A user's entries from a position on (entry id, inclusive), in commit order, across all of the user's
     * accounts: what a live stream replays after a reconnect.
     */
    @WithSession
    public Uni<List<EntryView>> entriesFrom(long userId, long fromEntryId, int limit) {
        return accounts.currencies(userId).flatMap(currencies -> entries.ofUserAfter(userId, fromEntryId - 1, limit)
                .flatMap(rows -> views(userId, rows, currencies)));
    }

    /**
     * A user's edits from a position on (edit id, inclusive), in commit order, each with its entry as it is
     * now: what a live stream replays besides the entries.
     */
    @WithSession
    public Uni<List<CommittedEntry>> updatesFrom(long userId, long fromEditId, int limit) {
        return changes.editsOfUserAfter(userId, fromEditId - 1, limit).flatMap(edits -> entries(userId,
                edits.stream().map(edit -> (Long) edit[1]).distinct().toList())
                .map(views -> edits.stream()
                        .filter(edit -> views.containsKey((Long) edit[1]))
                        .map(edit -> new CommittedEntry(userId, views.get((Long) edit[1]), (Long) edit[0]))
                        .toList()));
    }

    private Uni<Map<Long, EntryView>> entries(long userId, Collection<Long> entryIds) {
        if (entryIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return accounts.currencies(userId).flatMap(currencies -> entries.list("userId = ?1 and id in ?2", userId,
                        entryIds)
                .flatMap(rows -> views(userId, rows, currencies)))
                .map(views -> views.stream().collect(Collectors.toMap(EntryView::id, Function.identity())));
    }

    private Uni<List<EntryView>> views(long userId, List<Entry> rows, Map<Long, String> currencies) {
        return categoriesOf(userId, rows).map(categories -> rows.stream()
                .map(e -> EntryView.of(e, Currency.getInstance(currencies.get(e.accountId)), categories))
                .toList());
    }

    /** How the categories of these entries show, in the current session. */
    private Uni<Map<Long, CategoryRef>> categoriesOf(long userId, List<Entry> rows) {
        return categories.refs(userId, rows.stream().map(e -> e.categoryId).filter(Objects::nonNull)
                .distinct().toList());
    }

    /**
     * The filtered history as CSV lines, newest first, fetched a chunk at a time, each chunk in a short
     * session of its own (a session cannot outlive the stream's pauses), so that an export of any length
     * holds only one chunk in memory. Everything that can refuse the export (the account access, the
     * filters against the account's currency, the first query) happens before the first line, so that a
     * refusal is a problem response rather than a broken download.
     */
    public Uni<Multi<String>> exportCsv(long userId, long accountId, HistoryQuery query) {
        return access.require(userId, accountId, Permission.READ).flatMap(account -> {
            Currency currency = Currency.getInstance(account.currency);
            HistoryFilter filter = query.resolve(currency);
            AtomicReference<Long> cursor = new AtomicReference<>(null);
            return chunk(account, filter, cursor).map(first -> {
                Multi<List<EntryView>> rest = first.size() < EXPORT_CHUNK ? Multi.createFrom().empty()
                        : Multi.createBy().repeating().uni(() -> cursor, next -> chunk(account, filter, next))
                                .until(List::isEmpty);
                Multi<String> rows = Multi.createBy().concatenating()
                        .streams(Multi.createFrom().item(first), rest)
                        .onItem().transformToIterable(chunk -> chunk.stream().map(CsvFormat::row).toList());
                return Multi.createBy().concatenating().streams(Multi.createFrom().item(CsvFormat.HEADER), rows);
            });
        }).onFailure().transform(storage::translate);
    }

    private Uni<List<EntryView>> chunk(Account account, HistoryFilter filter, AtomicReference<Long> cursor) {
        Currency currency = Currency.getInstance(account.currency);
        return Panache.withSession(() -> entries.newestFirst(account.id, filter, cursor.get(), EXPORT_CHUNK)
                .invoke(rows -> {
                    if (!rows.isEmpty()) {
                        cursor.set(rows.get(rows.size() - 1).seq);
                    }
                })
                .flatMap(rows -> categoriesOf(account.userId, rows).map(categories -> rows.stream()
                        .map(e -> EntryView.of(e, currency, categories)).toList())));
    }
}
