package app.ledger.journal.posting;

import app.ledger.account.Account;
import app.ledger.account.AccountService;
import app.ledger.journal.Entry;
import app.ledger.journal.EntryRepository;
import app.ledger.journal.EntryView;
import app.ledger.journal.posting.idempotency.IdempotencyRecord;
import app.ledger.journal.posting.idempotency.IdempotencyStore;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs a batch of commands in one database transaction, so one commit (one fsync) serves all of them:
 * locks the accounts involved (in id order), settles replays, applies the posting rules command after
 * command, stores the entries and the answers to remember, and hands the entries to the in-transaction
 * publishers. A refused command changes nothing.
 */
@ApplicationScoped
public class BatchTransaction implements BatchApplier {

    /** All inserts of a batch go out as one JDBC batch, and so do all updates. */
    private static final int JDBC_BATCH = 128;

    private final AccountService accounts;
    private final EntryRepository entries;
    private final EntryIds entryIds;
    private final EntryClock clock;
    private final IdempotencyStore idempotency;
    private final ObjectMapper json;
    private final List<InTransactionPublisher> publishers;
    private final StorageHealth storage;

    public BatchTransaction(AccountService accounts, EntryRepository entries, EntryIds entryIds, EntryClock clock,
            IdempotencyStore idempotency, ObjectMapper json, Instance<InTransactionPublisher> publishers,
            StorageHealth storage) {
        this.accounts = accounts;
        this.entries = entries;
        this.entryIds = entryIds;
        this.clock = clock;
        this.idempotency = idempotency;
        this.json = json;
        this.publishers = publishers.stream().toList();
        this.storage = storage;
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
                .chain(() -> accounts.lockForPosting(commands.stream()
                        .flatMap(c -> c.accountIds().stream()).toList()))
                .flatMap(locked -> idempotency.find(keys).flatMap(records -> {
                    Instant now = Instant.now();
                    List<Decision> decisions = commands.stream()
                            .map(command -> decide(command, locked, records, now)).toList();
                    List<Entry> appended = decisions.stream().flatMap(d -> d.entries().stream()).toList();
                    return entryIds.assign(appended)
                            .chain(() -> InOrder.each(appended, entries::persist))
                            .map(ignored -> decisions.stream().map(this::result).toList())
                            .call(results -> idempotency.remember(answers(commands, results), records, now))
                            .call(this::publish);
                }));
    }

    private Decision decide(LedgerCommand command, Map<Long, Account> locked,
            Map<IdempotencyRecord.Key, IdempotencyRecord> records, Instant now) {
        try {
            IdempotencyRecord.Key key = keyOf(command);
            Optional<String> replay = key == null ? Optional.empty()
                    : IdempotencyStore.replay(records.get(key), command.requestHash(), now);
            if (replay.isPresent()) {
                return new Decision(null, replay.get(), null);
            }
            return new Decision(PostingRules.apply(command, locked, clock::next), null, null);
        } catch (ProblemException refused) {
            return new Decision(null, null, refused);
        }
    }

    /** Renders an applied command's answer; its entries have their ids by now. */
    private PostingResult result(Decision decision) {
        if (decision.refused() != null) {
            return new PostingResult.Refused(decision.refused());
        }
        if (decision.replayBody() != null) {
            return new PostingResult.Replayed(decision.replayBody());
        }
        PostingRules.Posted posted = decision.posted();
        return new PostingResult.Applied(render(posted.view().get()), posted.entries().stream()
                .map(e -> new CommittedEntry(e.userId, EntryView.of(e, posted.currency()))).toList());
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

    private Uni<Void> publish(List<PostingResult> results) {
        List<CommittedEntry> committed = CommittedEntry.of(results);
        return committed.isEmpty() ? Uni.createFrom().voidItem()
                : InOrder.each(publishers, publisher -> publisher.publish(committed));
    }

    private static IdempotencyRecord.Key keyOf(LedgerCommand command) {
        return command.idempotencyKey() == null ? null
                : new IdempotencyRecord.Key(command.userId(), command.idempotencyKey());
    }

    private String render(Object view) {
        try {
            return json.writeValueAsString(view);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot render a ledger answer", e);
        }
    }

    /** A command's fate inside the transaction, before its answer can be rendered: exactly one part is set. */
    private record Decision(PostingRules.Posted posted, String replayBody, ProblemException refused) {

        List<Entry> entries() {
            return posted == null ? List.of() : posted.entries();
        }
    }
}
