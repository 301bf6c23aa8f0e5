package app.ledger.journal.history;

import app.ledger.account.Account;
import app.ledger.account.AccountAccess;
import app.ledger.account.AccountService;
import app.ledger.account.Permission;
import app.ledger.category.CategoryRefs;
import app.ledger.journal.CategoryRef;
import app.ledger.journal.Entry;
import app.ledger.journal.EntryView;
import app.ledger.journal.posting.CommittedEntry;
import app.ledger.persistence.StorageHealth;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
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
    private final CategoryRefs categories;
    private final StorageHealth storage;

    public HistoryService(AccountAccess access, AccountService accounts, HistoryRepository entries,
            CategoryRefs categories, StorageHealth storage) {
        this.access = access;
        this.accounts = accounts;
        this.entries = entries;
        this.categories = categories;
        this.storage = storage;
    }

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
    public Uni<List<EntryView>> entriesFrom(long userId, long fromEntryId, int limit) {
        return entries.ofUserAfter(userId, fromEntryId - 1, limit).flatMap(rows -> views(userId, rows));
    }

    /**
     * A user's edits from a position on (edit id, inclusive), in commit order, each with its entry as it is
     * now: what a live stream replays besides the entries.
     */
    public Uni<List<CommittedEntry>> updatesFrom(long userId, long fromEditId, int limit) {
        return entries.editsOfUserAfter(userId, fromEditId - 1, limit).flatMap(edits -> {
            if (edits.isEmpty()) {
                return Uni.createFrom().item(List.<CommittedEntry>of());
            }
            List<Long> ids = edits.stream().map(HistoryRepository.EditPosition::entryId).distinct().toList();
            return entries.ofUserByIds(userId, ids).flatMap(rows -> views(userId, rows)).map(views -> {
                Map<Long, EntryView> byId = views.stream()
                        .collect(Collectors.toMap(EntryView::id, Function.identity()));
                return edits.stream().filter(edit -> byId.containsKey(edit.entryId()))
                        .map(edit -> new CommittedEntry(userId, byId.get(edit.entryId()), edit.editId()))
                        .toList();
            });
        });
    }

    private Uni<List<EntryView>> views(long userId, List<Entry> rows) {
        if (rows.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return accounts.currencies(userId).flatMap(currencies -> categoriesOf(userId, rows)
                .map(categories -> rows.stream()
                        .map(e -> EntryView.of(e, Currency.getInstance(currencies.get(e.accountId)), categories))
                        .toList()));
    }

    private Uni<Map<Long, CategoryRef>> categoriesOf(long userId, List<Entry> rows) {
        return categories.of(userId, rows.stream().map(e -> e.categoryId).filter(Objects::nonNull).toList());
    }

    /**
     * The filtered history as CSV lines, newest first, fetched a chunk at a time, so that an export of any
     * length holds only one chunk in memory. Everything that can refuse the export (the account access, the
     * filters against the account's currency, the first query) happens before the first line, so that a
     * refusal is a problem response rather than a broken download.
     */
    public Uni<CsvExport> exportCsv(long userId, long accountId, HistoryQuery query) {
        return access.require(userId, accountId, Permission.READ).flatMap(account -> {
            HistoryFilter filter = query.resolve(Currency.getInstance(account.currency));
            AtomicReference<Long> cursor = new AtomicReference<>(null);
            return chunk(account, filter, cursor).map(first -> {
                Multi<List<EntryView>> rest = first.size() < EXPORT_CHUNK ? Multi.createFrom().empty()
                        : Multi.createBy().repeating().uni(() -> cursor, next -> chunk(account, filter, next))
                                .until(List::isEmpty);
                Multi<String> rows = Multi.createBy().concatenating()
                        .streams(Multi.createFrom().item(first), rest)
                        .onItem().transformToIterable(chunk -> chunk.stream().map(CsvFormat::row).toList());
                return new CsvExport(account.name,
                        Multi.createBy().concatenating().streams(Multi.createFrom().item(CsvFormat.START), rows));
            });
        }).onFailure().transform(storage::translate);
    }

    private Uni<List<EntryView>> chunk(Account account, HistoryFilter filter, AtomicReference<Long> cursor) {
        Currency currency = Currency.getInstance(account.currency);
        return entries.newestFirst(account.id, filter, cursor.get(), EXPORT_CHUNK)
                .invoke(rows -> {
                    if (!rows.isEmpty()) {
                        cursor.set(rows.get(rows.size() - 1).seq);
                    }
                })
                .flatMap(rows -> categoriesOf(account.userId, rows).map(categories -> rows.stream()
                        .map(e -> EntryView.of(e, currency, categories)).toList()));
    }
}
