package app.ledger.ledger;

import app.ledger.account.Account;
import app.ledger.account.AccountService;
import app.ledger.web.FieldErrors;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.microprofile.config.inject.ConfigProperty;

@ApplicationScoped
public class LedgerService {

    static final int EXPORT_CHUNK = 500;

    private final LedgerWriter writer;
    private final AccountService accounts;
    private final EntryRepository entries;
    private final ChainVerifier verifier;
    private final BigDecimal maxAmount;

    public LedgerService(LedgerWriter writer, AccountService accounts, EntryRepository entries,
            ChainVerifier verifier, @ConfigProperty(name = "ledger.max-amount") BigDecimal maxAmount) {
        this.writer = writer;
        this.accounts = accounts;
        this.entries = entries;
        this.verifier = verifier;
        this.maxAmount = maxAmount;
    }

    public Uni<LedgerResponse> post(long userId, long accountId, EntryType type, PostingRequest request,
            String idempotencyKey) {
        FieldErrors errors = new FieldErrors();
        PostingRequest body = request != null ? request : new PostingRequest(null, null, null);
        WriteRules.checkAmount(body.amount(), maxAmount, errors);
        WriteRules.checkDescription(body.description(), errors);
        WriteRules.checkCategory(body.category(), errors);
        WriteRules.checkIdempotencyKey(idempotencyKey, errors);
        errors.throwIfAny();
        String fingerprint = EntryHash.digest("posting", type.code(), Long.toString(accountId), body.amount(),
                body.description(), body.category());
        return submit(new LedgerCommand.Posting(userId, accountId, type, body.amount(), body.description(),
                body.category(), idempotencyKey, fingerprint));
    }

    public Uni<LedgerResponse> transfer(long userId, TransferRequest request, String idempotencyKey) {
        FieldErrors errors = new FieldErrors();
        TransferRequest body = request != null ? request : new TransferRequest(null, null, null, null);
        if (body.fromAccountId() == null) {
            errors.add("fromAccountId", "is required");
        }
        if (body.toAccountId() == null) {
            errors.add("toAccountId", "is required");
        } else if (body.toAccountId().equals(body.fromAccountId())) {
            errors.add("toAccountId", "must be another account than fromAccountId");
        }
        WriteRules.checkAmount(body.amount(), maxAmount, errors);
        WriteRules.checkDescription(body.description(), errors);
        WriteRules.checkIdempotencyKey(idempotencyKey, errors);
        errors.throwIfAny();
        String fingerprint = EntryHash.digest("transfer", body.fromAccountId().toString(),
                body.toAccountId().toString(), body.amount(), body.description());
        return submit(new LedgerCommand.Transfer(userId, body.fromAccountId(), body.toAccountId(), body.amount(),
                body.description(), idempotencyKey, fingerprint));
    }

    private Uni<LedgerResponse> submit(LedgerCommand command) {
        return writer.submit(command).map(outcome -> {
            if (outcome.isRefused()) {
                throw outcome.problem();
            }
            return new LedgerResponse(outcome.status(), outcome.body());
        });
    }

    @WithSession
    public Uni<HistoryPage> history(long userId, long accountId, HistoryQuery query) {
        return accounts.requireOwned(userId, accountId).flatMap(account -> {
            Currency currency = Currency.getInstance(account.currency);
            HistoryFilter filter = query.resolve(currency);
            return entries.newestFirst(accountId, filter, query.cursor(), query.limit() + 1).map(rows -> {
                boolean more = rows.size() > query.limit();
                List<Entry> page = more ? rows.subList(0, query.limit()) : rows;
                String next = more ? Long.toString(page.get(page.size() - 1).seq) : null;
                return new HistoryPage(page.stream().map(e -> EntryView.of(e, currency)).toList(), next);
            });
        });
    }

    /**
     * A user's entries from a position on (entry id, inclusive), in commit order, across all of the user's
     * accounts: what a live stream replays after a reconnect.
     */
    @WithSession
    public Uni<List<EntryView>> entriesFrom(long userId, long fromEntryId, int limit) {
        return accounts.currencies(userId).flatMap(currencies -> entries.ofUserAfter(userId, fromEntryId - 1, limit)
                .map(rows -> rows.stream()
                        .map(e -> EntryView.of(e, Currency.getInstance(currencies.get(e.accountId))))
                        .toList()));
    }

    @WithSession
    public Uni<VerificationView> verify(long userId, long accountId) {
        return accounts.requireOwned(userId, accountId).flatMap(verifier::verify);
    }

    /**
     * The filtered history as CSV lines, newest first, fetched a chunk at a time in short sessions so that
     * an export of any length holds only one chunk in memory. Fails with 404 before the first line when
     * the account is not the user's.
     */
    public Uni<Multi<String>> exportCsv(long userId, long accountId, HistoryQuery query) {
        return Panache.withSession(() -> accounts.requireOwned(userId, accountId)).map(account -> {
            Currency currency = Currency.getInstance(account.currency);
            HistoryFilter filter = query.resolve(currency);
            Multi<String> rows = Multi.createBy().repeating()
                    .uni(() -> new AtomicReference<Long>(null), cursor -> chunk(account, filter, cursor))
                    .until(List::isEmpty)
                    .onItem().transformToIterable(chunk -> chunk.stream().map(e -> CsvFormat.row(
                            EntryView.of(e, currency))).toList());
            return Multi.createBy().concatenating().streams(Multi.createFrom().item(CsvFormat.HEADER), rows);
        });
    }

    private Uni<List<Entry>> chunk(Account account, HistoryFilter filter, AtomicReference<Long> cursor) {
        return Panache.withSession(() -> entries.newestFirst(account.id, filter, cursor.get(), EXPORT_CHUNK))
                .invoke(rows -> {
                    if (!rows.isEmpty()) {
                        cursor.set(rows.get(rows.size() - 1).seq);
                    }
                });
    }
}
