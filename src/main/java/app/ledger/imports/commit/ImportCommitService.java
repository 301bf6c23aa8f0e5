package app.ledger.imports.commit;

import app.ledger.account.AccountAccess;
import app.ledger.account.Permission;
import app.ledger.category.CategoryService;
import app.ledger.config.LedgerConfig;
import app.ledger.journal.posting.LedgerCommand;
import app.ledger.journal.posting.LedgerWriter;
import app.ledger.journal.posting.PostingResult;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.Currency;

/**
 * Commits a previewed import into its account as one write of the ledger writer, and undoes a committed one
 * the same way; deletes a preview nobody wants. The import's status decides what deleting it means.
 */
@ApplicationScoped
public class ImportCommitService {

    /** What deleting an import came to. */
    public sealed interface Deleted {

        /** A preview was deleted with its rows; nothing in the ledger changed. */
        record Preview() implements Deleted {
        }

        /** A committed import was undone: its entries are reversed. */
        record Undone(PostingResult result) implements Deleted {
        }
    }

    private final ImportCommitRepository imports;
    private final AccountAccess access;
    private final CategoryService categories;
    private final LedgerWriter writer;
    private final BigDecimal maxAmount;

    public ImportCommitService(ImportCommitRepository imports, AccountAccess access, CategoryService categories,
            LedgerWriter writer, LedgerConfig config) {
        this.imports = imports;
        this.access = access;
        this.categories = categories;
        this.writer = writer;
        this.maxAmount = config.maxAmount();
    }

    public Uni<PostingResult> commit(long userId, long importId, CommitRequest request) {
        CommitRequest body = request != null ? request : CommitRequest.empty();
        return owned(userId, importId).flatMap(stored -> {
            if (!StoredImport.PREVIEWED.equals(stored.status())) {
                throw new ImportNotPreviewedException(importId, stored.status());
            }
            return access.require(userId, stored.accountId(), Permission.WRITE)
                    .flatMap(account -> imports.rows(importId).flatMap(rows -> categories.list(userId).map(
                            owned -> CommitPlan.of(stored, rows, body, Currency.getInstance(account.currency),
                                    maxAmount, new CategoryMatch(owned)))
                            .flatMap(plan -> writer.submit(new LedgerCommand.Import(userId, importId,
                                    account.id, account.currency, plan.lines(), plan.opening(),
                                    plan.withOpening())))));
        });
    }

    public Uni<Deleted> delete(long userId, long importId) {
        return owned(userId, importId).flatMap(stored -> switch (stored.status()) {
            case StoredImport.PREVIEWED -> deletePreview(userId, importId).map(deleted -> {
                if (!deleted) {
                    throw new ImportNotPreviewedException(importId, null);
                }
                return (Deleted) new Deleted.Preview();
            });
            case StoredImport.COMMITTED -> writer.submit(new LedgerCommand.ImportUndo(userId, importId,
                    stored.accountId())).map(Deleted.Undone::new);
            default -> Uni.createFrom().failure(new ImportNotCommittedException(importId));
        });
    }

    private Uni<Boolean> deletePreview(long userId, long importId) {
        return Panache.withTransaction(() -> imports.deletePreview(importId, userId));
    }

    /** The user's import; another user's is answered as one that does not exist. */
    private Uni<StoredImport> owned(long userId, long importId) {
        return imports.find(importId).map(stored -> {
            if (stored == null || stored.userId() != userId) {
                throw new ImportNotFoundException(importId);
            }
            return stored;
        });
    }
}
