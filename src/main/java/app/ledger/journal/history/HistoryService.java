package app.ledger.journal.history;

import app.ledger.account.Account;
import app.ledger.account.AccountAccess;
import app.ledger.account.Permission;
import app.ledger.category.CategoryRefs;
import app.ledger.journal.AccountRef;
import app.ledger.journal.CategoryRef;
import app.ledger.journal.Entry;
import app.ledger.journal.EntryView;
import app.ledger.journal.posting.CommittedEntry;
import app.ledger.money.Money;
import app.ledger.persistence.StorageHealth;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.stream.Collectors;

/** Reads the ledger: history pages, the CSV export, and the entries a live stream replays. */
@ApplicationScoped
public class HistoryService {

    static final int EXPORT_CHUNK = 500;

    private final AccountAccess access;
    private final HistoryRepository entries;
    private final CategoryRefs categories;
    private final StorageHealth storage;

    public HistoryService(AccountAccess access, HistoryRepository entries,
            CategoryRefs categories, StorageHealth storage) {
        this.access = access;
        this.entries = entries;
        this.categories = categories;
        this.storage = storage;
    }

    public Uni<HistoryPage> history(long userId, long accountId, HistoryQuery query) {
        Uni<Account> allowed = access.require(userId, accountId, Permission.READ);
        Uni<HistoryPage> page;
        if (query.needsCurrency()) {
            page = allowed.flatMap(account -> page(account.id, account.userId, query.order(),
                    query.resolve(Currency.getInstance(account.currency)), query.cursor(), query.limit() + 1)
                    .flatMap(rows -> answer(userId, account, query, rows)));
        } else {
            // Without amount bounds the rows do not depend on the account row, so both are read at once; the
            // rows are used only once the access check has passed, and are dropped otherwise.
            Uni<ReadAhead> rows = page(accountId, userId, query.order(), query.resolve(null), query.cursor(),
                    query.limit() + 1).map(ReadAhead::of).onFailure().recoverWithItem(ReadAhead::failed);
            page = Uni.combine().all().unis(allowed, rows).asTuple()
                    .flatMap(both -> answer(userId, both.getItem1(), query, both.getItem2().rows()));
        }
        return page.onFailure().transform(storage::translate);
    }

    /** Rows read before the access check was known, or why they could not be read. */
    private record ReadAhead(List<HistoryRepository.HistoryRow> read, Throwable failure) {
        static ReadAhead of(List<HistoryRepository.HistoryRow> rows) {
            return new ReadAhead(rows, null);
        }

        static ReadAhead failed(Throwable failure) {
            return new ReadAhead(null, failure);
        }

        List<HistoryRepository.HistoryRow> rows() {
            if (failure instanceof RuntimeException unchecked) {
                throw unchecked;
            }
            if (failure != null) {
                throw new CompletionException(failure);
            }
            return read;
        }
    }

    private Uni<HistoryPage> answer(long userId, Account account, HistoryQuery query,
            List<HistoryRepository.HistoryRow> rows) {
        boolean more = rows.size() > query.limit();
        List<HistoryRepository.HistoryRow> page = more ? rows.subList(0, query.limit()) : rows;
        String next = more ? cursorAfter(query.order(), page.get(page.size() - 1).entry()).encode() : null;
        return views(userId, account, page).map(views -> new HistoryPage(views, next));
    }

    private Uni<List<HistoryRepository.HistoryRow>> page(long accountId, long ownerId, HistoryOrder order,
            HistoryFilter filter, PageCursor after, int size) {
        return order == HistoryOrder.RECORDED
                ? entries.newestRecorded(accountId, ownerId, filter, after == null ? null : after.position(), size)
                : entries.newestOccurred(accountId, ownerId, filter, after, size);
    }

    private static PageCursor cursorAfter(HistoryOrder order, Entry last) {
        return order == HistoryOrder.RECORDED ? new PageCursor(PageCursor.RECORDED, 0, last.seq)
                : new PageCursor(PageCursor.OCCURRED, last.occurredOn.toEpochDay(), last.seq);
    }

    /** The rows of one account's page as the reader sees them, each with its running balance. */
    private Uni<List<EntryView>> views(long userId, Account account, List<HistoryRepository.HistoryRow> rows) {
        Currency currency = Currency.getInstance(account.currency);
        List<Entry> page = rows.stream().map(HistoryRepository.HistoryRow::entry).toList();
        return accountNames(userId, account, page)
                .map(names -> rows.stream().map(row -> EntryView.of(row.entry(), currency, row.category(), names,
                        Money.format(row.runningMinor(), currency))).toList());
    }

    /**
     * Names of the accounts these entries show, when the reader may see them: the page's own account, and for
     * transfers the other accounts, which cost a query only when the page has a transfer.
     */
    private Uni<LongFunction<AccountRef>> accountNames(long userId, Account account, List<Entry> rows) {
        if (rows.stream().allMatch(e -> e.counterpartAccountId == null)) {
            return Uni.createFrom().item(AccountRef.among(Map.of(account.id, account.name)));
        }
        return access.readable(userId).map(accounts -> AccountRef.among(accounts.stream()
                .collect(Collectors.toMap(a -> a.id, a -> a.name))));
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
        return access.readable(userId).flatMap(readable -> categoriesOf(userId, rows).map(categories -> {
            Map<Long, Account> byId = readable.stream().collect(Collectors.toMap(a -> a.id, Function.identity()));
            LongFunction<AccountRef> names = AccountRef.among(readable.stream()
                    .collect(Collectors.toMap(a -> a.id, a -> a.name)));
            return rows.stream()
                    .map(e -> EntryView.of(e, Currency.getInstance(byId.get(e.accountId).currency), categories, names))
                    .toList();
        }));
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
            AtomicReference<PageCursor> cursor = new AtomicReference<>(null);
            return chunk(userId, account, query.order(), filter, cursor).map(first -> {
                Multi<List<EntryView>> rest = first.size() < EXPORT_CHUNK ? Multi.createFrom().empty()
                        : Multi.createBy().repeating()
                                .uni(() -> cursor, next -> chunk(userId, account, query.order(), filter, next))
                                .until(List::isEmpty);
                Multi<String> rows = Multi.createBy().concatenating()
                        .streams(Multi.createFrom().item(first), rest)
                        .onItem().transformToIterable(chunk -> chunk.stream().map(CsvFormat::row).toList());
                return new CsvExport(account.name,
                        Multi.createBy().concatenating().streams(Multi.createFrom().item(CsvFormat.START), rows));
            });
        }).onFailure().transform(storage::translate);
    }

    /**
     * The next chunk of an export. Each chunk is one statement, so its running balances are of one moment; an
     * entry backdated while a long export runs shows in the chunks read after it.
     */
    private Uni<List<EntryView>> chunk(long userId, Account account, HistoryOrder order, HistoryFilter filter,
            AtomicReference<PageCursor> cursor) {
        return page(account.id, account.userId, order, filter, cursor.get(), EXPORT_CHUNK)
                .invoke(rows -> {
                    if (!rows.isEmpty()) {
                        cursor.set(cursorAfter(order, rows.get(rows.size() - 1).entry()));
                    }
                })
                .flatMap(rows -> views(userId, account, rows));
    }
}
