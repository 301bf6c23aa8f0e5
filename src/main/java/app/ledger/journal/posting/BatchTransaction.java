package app.ledger.journal.posting;

import app.ledger.account.AccountService;
import app.ledger.auth.AuthService;
import app.ledger.category.CategoryService;
import app.ledger.journal.DayTotals;
import app.ledger.journal.DayTotalsRepository;
import app.ledger.journal.Entry;
import app.ledger.journal.EntryChange;
import app.ledger.journal.EntryRepository;
import app.ledger.journal.payee.PayeeRepository;
import app.ledger.journal.payee.PayeeTally;
import app.ledger.journal.payee.PayeeUse;
import app.ledger.journal.posting.idempotency.IdempotencyRecord;
import app.ledger.journal.posting.idempotency.IdempotencyStore;
import app.ledger.journal.spending.CategoryTotals;
import app.ledger.journal.spending.CategoryTotalsRepository;
import app.ledger.journal.spending.LabelTotals;
import app.ledger.journal.spending.LabelTotalsRepository;
import app.ledger.persistence.StorageHealth;
import app.ledger.problem.ProblemException;
import app.ledger.support.InOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.hibernate.FlushMode;

/**
 * Runs a batch of commands in one database transaction, so one commit (one fsync) serves all of them:
 * locks the entries the batch acts on, then the accounts involved (each in id order), then the id counter;
 * settles replays, applies the posting rules command after command, stores the new entries (with the
 * totals of their days, see {@link DayTotals}), the changed ones, their change trail, the payees they use, the
 * income and expense per category and day ({@link CategoryTotals}), the expense per payee and tag and day
 * ({@link LabelTotals}) and the answers to remember, and hands what
 * was committed to the in-transaction publishers. A refused command changes nothing.
 */
@ApplicationScoped
public class BatchTransaction implements BatchApplier {

    /** All inserts of a batch go out as one JDBC batch, and so do all updates. */
    private static final int JDBC_BATCH = 128;

    private final AccountService accounts;
    private final CategoryService categories;
    private final AuthService users;
    private final EntryRepository entries;
    private final DayTotalsRepository dayTotals;
    private final EntryIds entryIds;
    private final EntryClock clock;
    private final IdempotencyStore idempotency;
    private final ObjectMapper json;
    private final List<InTransactionPublisher> publishers;
    private final StorageHealth storage;
    private final PayeeRepository payees;
    private final List<AppliedWriteRecorder> recorders;
    private final CategoryTotalsRepository categoryTotals;
    private final LabelTotalsRepository labelTotals;

    public BatchTransaction(AccountService accounts, CategoryService categories, AuthService users,
            EntryRepository entries, DayTotalsRepository dayTotals,
            EntryIds entryIds, EntryClock clock,
            IdempotencyStore idempotency, ObjectMapper json, Instance<InTransactionPublisher> publishers,
            StorageHealth storage, PayeeRepository payees, CategoryTotalsRepository categoryTotals,
            LabelTotalsRepository labelTotals, Instance<AppliedWriteRecorder> recorders) {
        this.accounts = accounts;
        this.categories = categories;
        this.users = users;
        this.entries = entries;
        this.dayTotals = dayTotals;
        this.entryIds = entryIds;
        this.clock = clock;
        this.idempotency = idempotency;
        this.json = json;
        this.publishers = publishers.stream().toList();
        this.storage = storage;
        this.payees = payees;
        this.recorders = recorders.stream().toList();
        this.categoryTotals = categoryTotals;
        this.labelTotals = labelTotals;
    }

    /**
     * Commits the batch. A full or failing disk fails it with a 503 problem (and marks the storage as
     * refusing writes for readiness); any commit clears that mark.
     */
    @Override
    public Uni<List<PostingResult>> apply(List<LedgerCommand> commands) {
        return Panache.withTransaction(() -> applyInTransaction(commands))
                .invoke(storage::writeSucceeded)
                .onFailure().transform(storage::translate);
    }

    private Uni<List<PostingResult>> applyInTransaction(List<LedgerCommand> commands) {
        List<IdempotencyRecord.Key> keys = commands.stream().map(BatchTransaction::keyOf)
                .filter(key -> key != null).distinct().toList();
        return Panache.getSession().invoke(session -> session.setBatchSize(JDBC_BATCH))
                .chain(() -> load(commands))
                .flatMap(context -> idempotency.find(keys).flatMap(records -> {
                    Instant now = Instant.now();
                    List<Decision> decisions = commands.stream()
                            .map(command -> decide(command, context, records, now)).toList();
                    List<Entry> appended = decisions.stream().flatMap(d -> d.appended().stream()).toList();
                    List<Entry> single = decisions.stream().filter(d -> !d.bulk())
                            .flatMap(d -> d.appended().stream()).toList();
                    List<EntryChange> trail = decisions.stream().filter(d -> !d.bulk())
                            .flatMap(d -> d.changes().stream()).toList();
                    List<Decision> bulk = decisions.stream().filter(Decision::bulk).toList();
                    List<PayeeUse> uses = decisions.stream().flatMap(d -> d.payees().stream()).toList();
                    List<CategoryTotals.Move> moves = decisions.stream()
                            .flatMap(d -> d.recategorised().stream()).toList();
                    List<LabelTotals.Move> relabelled = decisions.stream()
                            .flatMap(d -> d.relabelled().stream()).toList();
                    return dayTotals.nets(DayTotals.daysOf(appended))
                            .map(committed -> DayTotals.stamp(appended, committed))
                            .call(ignored -> detachMarked(bulk))
                            .call(ignored -> persistAll(single))
                            .call(ignored -> persistAll(trail))
                            .call(BatchTransaction::flushOnceNow)
                            .call(ignored -> writeBulk(bulk))
                            .call(dayTotals::add)
                            .chain(() -> payees.apply(PayeeTally.of(uses)))
                            .chain(() -> categoryTotals.apply(CategoryTotals.of(appended, moves)))
                            .chain(() -> labelTotals.apply(LabelTotals.of(appended, relabelled)))
                            .map(ignored -> decisions.stream().map(Decision::result).toList())
                            .call(results -> idempotency.remember(answers(commands, results), records, now))
                            .call(results -> record(commands, results))
                            .call(this::publish);
                }));
    }

    /** Hands the new rows to the session in one call. */
    private static Uni<Void> persistAll(List<?> rows) {
        return rows.isEmpty() ? Uni.createFrom().voidItem()
                : Panache.getSession().flatMap(session -> session.persistAll(rows.toArray()));
    }

    /**
     * Takes the originals a statement import's undo marks as reversed out of the session, so that its flush
     * neither checks nor updates them one by one: {@link #writeBulk} marks them.
     */
    private static Uni<Void> detachMarked(List<Decision> bulk) {
        List<Entry> originals = bulk.stream().flatMap(d -> d.marked().stream()).toList();
        return originals.isEmpty() ? Uni.createFrom().voidItem()
                : Panache.getSession().invoke(session -> originals.forEach(session::detach)).replaceWithVoid();
    }

    /** Writes what statement imports and their undos append and mark with native multi-row statements. */
    private static Uni<Void> writeBulk(List<Decision> bulk) {
        if (bulk.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        List<Entry> originals = bulk.stream().flatMap(d -> d.marked().stream()).toList();
        return BulkEntryWriter.insertEntries(bulk.stream().flatMap(d -> d.appended().stream()).toList())
                .chain(() -> BulkEntryWriter.markReversed(originals))
                .chain(() -> BulkEntryWriter.insertChanges(
                        bulk.stream().flatMap(d -> d.changes().stream()).toList()));
    }

    /**
     * Writes the new and changed entries and their trail now, and from here on only at commit. Every native
     * statement that follows (the totals, the recorders) would otherwise flush the session first, and each
     * flush checks every entity it holds: a big batch holds one per entry and runs a statement per day
     * and payee, which made its cost grow with the square of its size. Nothing after this point reads the
     * entities' tables before the commit, except by foreign key, which the entries written here satisfy.
     */
    private static Uni<Void> flushOnceNow() {
        return Panache.getSession().flatMap(session -> session.flush()
                .invoke(() -> session.setFlushMode(FlushMode.COMMIT)));
    }

    /** Locks and loads what the rules need to decide the batch, in the order that keeps writers apart. */
    private Uni<PostingRules.Context> load(List<LedgerCommand> commands) {
        return entries.lockWithTransferLegs(all(commands, LedgerCommand::entryIds))
                .flatMap(named -> entries.lockImported(all(commands, LedgerCommand::importIds))
                        .map(imported -> merged(named, imported)))
                .flatMap(acted -> {
            List<Long> accountIds = distinct(all(commands, LedgerCommand::accountIds),
                    acted.values().stream().map(e -> e.accountId).toList());
            List<Long> categoryIds = distinct(all(commands, LedgerCommand::categoryIds),
                    acted.values().stream().map(e -> e.categoryId).filter(id -> id != null).toList());
            List<Long> userIds = commands.stream().map(LedgerCommand::userId).distinct().toList();
            return accounts.lockForPosting(accountIds).flatMap(locked -> categories.byIds(categoryIds)
                    .flatMap(found -> users.timeZones(userIds)
                            .flatMap(zones -> entryIds.lock()
                                    .map(ids -> new PostingRules.Context(locked, acted, found, zones,
                                            clock::next, ids::next)))));
        });
    }

    private static Map<Long, Entry> merged(Map<Long, Entry> first, Map<Long, Entry> second) {
        if (second.isEmpty()) {
            return first;
        }
        Map<Long, Entry> all = new HashMap<>(first);
        all.putAll(second);
        return all;
    }

    private Decision decide(LedgerCommand command, PostingRules.Context context,
            Map<IdempotencyRecord.Key, IdempotencyRecord> records, Instant now) {
        try {
            IdempotencyRecord.Key key = keyOf(command);
            Optional<String> replay = key == null ? Optional.empty()
                    : IdempotencyStore.replay(records.get(key), command.requestHash(), now);
            if (replay.isPresent()) {
                return Decision.replayed(replay.get());
            }
            PostingRules.Posted posted = PostingRules.apply(command, context);
            // rendered now: a later command of the batch may change these entries again
            List<CommittedEntry> committed = new ArrayList<>();
            posted.appended().forEach(e -> committed.add(new CommittedEntry(e.userId, context.view(e))));
            posted.updates().forEach(u -> committed.add(
                    new CommittedEntry(u.entry().userId, context.view(u.entry()), u.editId())));
            return new Decision(new PostingResult.Applied(render(posted.view()), committed,
                    live(posted, committed, context)), posted.appended(),
                    posted.updates().stream().flatMap(u -> u.changes().stream()).toList(), posted.payees(),
                    posted.recategorised(), posted.relabelled(), posted.summary() != null,
                    posted.updates().stream().map(PostingRules.Update::entry).toList());
        } catch (ProblemException refused) {
            return Decision.refused(refused);
        }
    }

    /** What live listeners are told: every entry, or for a statement import one summary of them all. */
    private static List<CommittedEntry> live(PostingRules.Posted posted, List<CommittedEntry> committed,
            PostingRules.Context context) {
        if (posted.summary() == null) {
            return committed;
        }
        if (posted.appended().isEmpty()) {
            return List.of();
        }
        Entry last = posted.appended().get(posted.appended().size() - 1);
        return List.of(new CommittedEntry(last.userId, context.view(last), null, posted.summary()));
    }

    private static List<IdempotencyStore.Answer> answers(List<LedgerCommand> commands, List<PostingResult> results) {
        List<IdempotencyStore.Answer> answers = new ArrayList<>();
        for (int i = 0; i < commands.size(); i++) {
            IdempotencyRecord.Key key = keyOf(commands.get(i));
            if (key != null && results.get(i) instanceof PostingResult.Applied applied) {
                answers.add(new IdempotencyStore.Answer(key, commands.get(i).requestHash(), applied.body()));
            }
        }
        return answers;
    }

    private Uni<Void> record(List<LedgerCommand> commands, List<PostingResult> results) {
        List<AppliedWriteRecorder.AppliedWrite> applied = new ArrayList<>();
        for (int i = 0; i < commands.size(); i++) {
            if (results.get(i) instanceof PostingResult.Applied write) {
                applied.add(new AppliedWriteRecorder.AppliedWrite(commands.get(i), write.entries()));
            }
        }
        return applied.isEmpty() ? Uni.createFrom().voidItem()
                : InOrder.each(recorders, recorder -> recorder.record(applied));
    }

    private Uni<Void> publish(List<PostingResult> results) {
        List<CommittedEntry> committed = CommittedEntry.live(results);
        return committed.isEmpty() ? Uni.createFrom().voidItem()
                : InOrder.each(publishers, publisher -> publisher.publish(committed));
    }

    private static IdempotencyRecord.Key keyOf(LedgerCommand command) {
        return command.idempotencyKey() == null ? null
                : new IdempotencyRecord.Key(command.userId(), command.idempotencyKey());
    }

    private static <T> List<T> all(List<LedgerCommand> commands, Function<LedgerCommand, List<T>> list) {
        return commands.stream().flatMap(c -> list.apply(c).stream()).distinct().toList();
    }

    private static <T> List<T> distinct(List<T> first, List<T> second) {
        return Stream.concat(first.stream(), second.stream()).distinct().toList();
    }

    private String render(Object view) {
        try {
            return json.writeValueAsString(view);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot render a ledger answer", e);
        }
    }

    /**
     * A command's fate inside the transaction, with what it stores when it was applied. A bulk decision (a
     * statement import or its undo) has its entries, trail and marked originals written by
     * {@link BulkEntryWriter}.
     */
    private record Decision(PostingResult result, List<Entry> appended, List<EntryChange> changes,
            List<PayeeUse> payees, List<CategoryTotals.Move> recategorised, List<LabelTotals.Move> relabelled,
            boolean bulk, List<Entry> marked) {

        static Decision replayed(String body) {
            return new Decision(new PostingResult.Replayed(body), List.of(), List.of(), List.of(), List.of(),
                    List.of(), false, List.of());
        }

        static Decision refused(ProblemException problem) {
            return new Decision(new PostingResult.Refused(problem), List.of(), List.of(), List.of(), List.of(),
                    List.of(), false, List.of());
        }
    }
}
