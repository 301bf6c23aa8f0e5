package app.ledger.journal.correction;

import app.ledger.account.AccountAccess;
import app.ledger.account.AccountNotFoundException;
import app.ledger.account.Permission;
import app.ledger.category.CategoryRefs;
import app.ledger.journal.EntryChangeRepository;
import app.ledger.journal.EntryNotFoundException;
import app.ledger.journal.EntryRepository;
import app.ledger.journal.AccountRef;
import app.ledger.journal.EntryView;
import app.ledger.journal.posting.PostingResult;
import app.ledger.journal.posting.PostingService;
import app.ledger.journal.posting.ReversalRequest;
import app.ledger.persistence.StorageHealth;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Currency;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One entry with its change trail, and the corrections: metadata edited in place, money cancelled by a
 * reversal. Both corrections are writes, so they go through the ledger writer like every other.
 */
@ApplicationScoped
public class EntryService {

    private final EntryRepository entries;
    private final EntryChangeRepository changes;
    private final AccountAccess access;
    private final CategoryRefs categories;
    private final PostingService postings;
    private final StorageHealth storage;

    public EntryService(EntryRepository entries, EntryChangeRepository changes, AccountAccess access,
            CategoryRefs categories, PostingService postings, StorageHealth storage) {
        this.entries = entries;
        this.changes = changes;
        this.access = access;
        this.categories = categories;
        this.postings = postings;
        this.storage = storage;
    }

    /** The entry, when the user may see its account; otherwise 404, as for an entry that does not exist. */
    @WithSession
    public Uni<EntryDetailView> detail(long userId, long entryId) {
        return entries.findById(entryId)
                .onItem().ifNull().failWith(() -> new EntryNotFoundException(entryId))
                .flatMap(entry -> access.require(userId, entry.accountId, Permission.READ)
                        .onFailure(AccountNotFoundException.class)
                        .transform(hidden -> new EntryNotFoundException(entryId))
                        .flatMap(account -> categories.of(userId,
                                        entry.categoryId == null ? List.of() : List.of(entry.categoryId))
                                .flatMap(refs -> access.readable(userId).map(readable -> EntryView.of(entry,
                                        Currency.getInstance(account.currency), refs, AccountRef.among(readable
                                                .stream().collect(Collectors.toMap(a -> a.id, a -> a.name))))))))
                .flatMap(view -> changes.ofEntry(entryId).map(trail -> new EntryDetailView(view,
                        trail.stream().map(EntryChangeView::of).toList())))
                .onFailure().transform(storage::translate);
    }

    /** Edits the metadata and answers the entry as it is after the commit, with its trail. */
    public Uni<EntryDetailView> edit(long userId, long entryId, ObjectNode body) {
        return postings.edit(userId, entryId, body).flatMap(result -> {
            if (result instanceof PostingResult.Refused refused) {
                return Uni.createFrom().failure(refused.problem());
            }
            return detail(userId, entryId);
        });
    }

    public Uni<PostingResult> reverse(long userId, long entryId, ReversalRequest request, String idempotencyKey) {
        return postings.reverse(userId, entryId, request, idempotencyKey);
    }
}
