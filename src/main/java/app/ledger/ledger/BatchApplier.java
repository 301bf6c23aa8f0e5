package app.ledger.ledger;

import app.ledger.account.Account;
import app.ledger.account.AccountNotFoundException;
import app.ledger.account.AccountService;
import app.ledger.persistence.InstantMicrosConverter;
import app.ledger.web.InvalidInputException;
import app.ledger.web.ProblemException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Applies a batch of ledger commands in one database transaction: one commit, one fsync, for all of
 * them. Each command is checked against the balances left by the commands before it; a refused command
 * changes nothing. The accounts involved are locked first, in id order.
 */
@ApplicationScoped
public class BatchApplier {

    static final Duration IDEMPOTENCY_WINDOW = Duration.ofHours(24);
    private static final int CREATED = 201;
    private static final int JDBC_BATCH = 128;

    private final AccountService accounts;
    private final EntryRepository entries;
    private final IdempotencyRepository idempotency;
    private final ObjectMapper json;
    private final EntryIds entryIds;
    private final List<InTransactionPublisher> publishers;
    private final AtomicLong lastMicros = new AtomicLong();

    public BatchApplier(AccountService accounts, EntryRepository entries, IdempotencyRepository idempotency,
            ObjectMapper json, EntryIds entryIds, Instance<InTransactionPublisher> publishers) {
        this.entryIds = entryIds;
        this.publishers = publishers.stream().toList();
        this.accounts = accounts;
        this.entries = entries;
        this.idempotency = idempotency;
        this.json = json;
    }

    public Uni<List<Outcome>> apply(List<LedgerCommand> commands) {
        return Panache.withTransaction(() -> Panache.getSession()
                // all inserts of a batch go out as one JDBC batch, and so do all updates
                .invoke(session -> session.setBatchSize(JDBC_BATCH))
                .chain(() -> accounts.lockForPosting(
                commands.stream().flatMap(c -> c.accountIds().stream()).toList())
                .flatMap(locked -> loadRecords(commands).flatMap(records -> {
                    Instant now = Instant.now();
                    List<Draft> drafts = commands.stream().map(c -> decide(c, locked, records, now)).toList();
                    List<Entry> appended = drafts.stream().flatMap(d -> d.entries().stream()).toList();
                    return persistInOrder(appended).flatMap(ignored -> finish(drafts, records, now))
                            .call(this::publishInTransaction);
                }))));
    }

    private Uni<Map<IdempotencyRecord.Key, IdempotencyRecord>> loadRecords(List<LedgerCommand> commands) {
        List<IdempotencyRecord.Key> keys = commands.stream().filter(c -> c.idempotencyKey() != null)
                .map(c -> new IdempotencyRecord.Key(c.userId(), c.idempotencyKey())).distinct().toList();
        Map<IdempotencyRecord.Key, IdempotencyRecord> found = new HashMap<>();
        return Multi.createFrom().iterable(keys)
                .onItem().transformToUniAndConcatenate(key -> idempotency.findById(key)
                        .invoke(record -> {
                            if (record != null) {
                                found.put(key, record);
                            }
                        }))
                .collect().last()
                .replaceWith(found);
    }

    private Draft decide(LedgerCommand command, Map<Long, Account> locked,
            Map<IdempotencyRecord.Key, IdempotencyRecord> records, Instant now) {
        try {
            IdempotencyRecord previous = command.idempotencyKey() == null ? null
                    : records.get(new IdempotencyRecord.Key(command.userId(), command.idempotencyKey()));
            if (previous != null && previous.createdAt.isAfter(now.minus(IDEMPOTENCY_WINDOW))) {
                if (!previous.requestHash.equals(command.requestHash())) {
                    throw new IdempotencyKeyReusedException();
                }
                return Draft.replay(command, previous);
            }
            return command instanceof LedgerCommand.Posting posting
                    ? post(posting, locked)
                    : transfer((LedgerCommand.Transfer) command, locked);
        } catch (ProblemException refused) {
            return Draft.refused(command, refused);
        }
    }

    private Draft post(LedgerCommand.Posting command, Map<Long, Account> locked) {
        Account account = owned(locked, command.accountId(), command.userId());
        Currency currency = Currency.getInstance(account.currency);
        long amount = amountIn(command.amount(), currency);
        long after = balanceAfter(account, command.type(), amount, currency);
        Entry entry = append(account, command.type(), amount, after, currency, command.description(),
                command.category(), command.idempotencyKey(), null, null);
        return Draft.applied(command, List.of(entry), currency,
                () -> new PostingView(EntryView.of(entry, currency), Money.format(after, currency)));
    }

    private Draft transfer(LedgerCommand.Transfer command, Map<Long, Account> locked) {
        Account from = owned(locked, command.fromAccountId(), command.userId());
        Account to = owned(locked, command.toAccountId(), command.userId());
        if (!from.currency.equals(to.currency)) {
            throw new InvalidInputException("toAccountId",
                    "must be an account in " + from.currency + ", the currency of the source account");
        }
        Currency currency = Currency.getInstance(from.currency);
        long amount = amountIn(command.amount(), currency);
        long fromAfter = balanceAfter(from, EntryType.TRANSFER_OUT, amount, currency);
        long toAfter = balanceAfter(to, EntryType.TRANSFER_IN, amount, currency);
        String transferId = UUID.randomUUID().toString();
        Entry out = append(from, EntryType.TRANSFER_OUT, amount, fromAfter, currency, command.description(), null,
                command.idempotencyKey(), transferId, to.id);
        Entry in = append(to, EntryType.TRANSFER_IN, amount, toAfter, currency, command.description(), null,
                command.idempotencyKey(), transferId, from.id);
        return Draft.applied(command, List.of(out, in), currency, () -> new TransferView(transferId,
                new PostingView(EntryView.of(out, currency), Money.format(fromAfter, currency)),
                new PostingView(EntryView.of(in, currency), Money.format(toAfter, currency))));
    }

    private static Account owned(Map<Long, Account> locked, long accountId, long userId) {
        Account account = locked.get(accountId);
        if (account == null || account.userId != userId) {
            throw new AccountNotFoundException(accountId);
        }
        return account;
    }

    private static long amountIn(String text, Currency currency) {
        Money.Result parsed = Money.parse(text, currency);
        return parsed.money().orElseThrow(() -> new InvalidInputException("amount", parsed.problem())).minor();
    }

    private static long balanceAfter(Account account, EntryType type, long amount, Currency currency) {
        if (type.sign() < 0) {
            if (account.balanceMinor < amount) {
                throw new InsufficientFundsException(Money.format(account.balanceMinor, currency),
                        Money.format(amount, currency), currency.getCurrencyCode());
            }
            return account.balanceMinor - amount;
        }
        try {
            return Math.addExact(account.balanceMinor, amount);
        } catch (ArithmeticException overflow) {
            throw new BalanceLimitException();
        }
    }

    private Entry append(Account account, EntryType type, long amount, long balanceAfter, Currency currency,
            String description, String category, String idempotencyKey, String transferId, Long counterpart) {
        Entry entry = new Entry();
        entry.accountId = account.id;
        entry.userId = account.userId;
        entry.seq = account.entryCount + 1;
        entry.type = type;
        entry.amountMinor = amount;
        entry.balanceAfterMinor = balanceAfter;
        entry.description = description;
        entry.category = category;
        entry.createdAt = nextTimestamp();
        entry.idempotencyKey = idempotencyKey;
        entry.transferId = transferId;
        entry.counterpartAccountId = counterpart;
        entry.prevHash = account.lastHash;
        entry.hash = EntryHash.of(entry, currency.getCurrencyCode());
        account.append(balanceAfter, entry.hash);
        return entry;
    }

    /** Microsecond timestamps that never repeat or go backwards within this writer. */
    private Instant nextTimestamp() {
        long now = InstantMicrosConverter.toMicros(Instant.now());
        return InstantMicrosConverter.fromMicros(lastMicros.updateAndGet(last -> Math.max(now, last + 1)));
    }

    private Uni<Void> publishInTransaction(List<Outcome> outcomes) {
        List<CommittedEntry> committed = outcomes.stream().flatMap(o -> o.entries().stream()).toList();
        if (committed.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return Multi.createFrom().iterable(publishers)
                .onItem().transformToUniAndConcatenate(publisher -> publisher.publish(committed))
                .collect().last()
                .replaceWithVoid();
    }

    private Uni<Void> persistInOrder(List<Entry> appended) {
        return entryIds.assign(appended).chain(() -> Multi.createFrom().iterable(appended)
                .onItem().transformToUniAndConcatenate(entries::persist)
                .collect().last()
                .replaceWithVoid());
    }

    /** Renders each answer (entry ids are known now) and records it under the command's idempotency key. */
    private Uni<List<Outcome>> finish(List<Draft> drafts, Map<IdempotencyRecord.Key, IdempotencyRecord> records,
            Instant now) {
        List<Outcome> outcomes = new ArrayList<>(drafts.size());
        List<IdempotencyRecord> fresh = new ArrayList<>();
        for (Draft draft : drafts) {
            Outcome outcome = draft.toOutcome(this::render);
            outcomes.add(outcome);
            LedgerCommand command = draft.command();
            if (draft.response() != null && command.idempotencyKey() != null) {
                var key = new IdempotencyRecord.Key(command.userId(), command.idempotencyKey());
                IdempotencyRecord record = records.get(key);
                if (record == null) {
                    record = new IdempotencyRecord();
                    record.id = key;
                    fresh.add(record);
                }
                record.requestHash = command.requestHash();
                record.status = outcome.status();
                record.body = outcome.body();
                record.createdAt = now;
            }
        }
        return Multi.createFrom().iterable(fresh)
                .onItem().transformToUniAndConcatenate(idempotency::persist)
                .collect().last()
                .replaceWith(outcomes);
    }

    private String render(Object view) {
        try {
            return json.writeValueAsString(view);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot render a ledger response", e);
        }
    }

    /** A command's result inside the transaction, before the answer can be rendered. */
    private record Draft(LedgerCommand command, List<Entry> entries, Currency currency, Supplier<Object> response,
            IdempotencyRecord replayed, ProblemException problem) {

        static Draft applied(LedgerCommand command, List<Entry> entries, Currency currency,
                Supplier<Object> response) {
            return new Draft(command, entries, currency, response, null, null);
        }

        static Draft replay(LedgerCommand command, IdempotencyRecord record) {
            return new Draft(command, List.of(), null, null, record, null);
        }

        static Draft refused(LedgerCommand command, ProblemException problem) {
            return new Draft(command, List.of(), null, null, null, problem);
        }

        Outcome toOutcome(java.util.function.Function<Object, String> render) {
            if (problem != null) {
                return Outcome.refused(problem);
            }
            if (replayed != null) {
                return Outcome.replay(replayed.status, replayed.body);
            }
            return Outcome.success(CREATED, render.apply(response.get()),
                    entries.stream().map(e -> new CommittedEntry(e.userId, EntryView.of(e, currency))).toList());
        }
    }
}
