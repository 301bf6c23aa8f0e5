package app.ledger.journal.posting;

import app.ledger.config.LedgerConfig;
import app.ledger.journal.EntryType;
import app.ledger.journal.integrity.EntryHash;
import app.ledger.problem.FieldErrors;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;

/** Checks a write request and hands it to the writer. What depends on the accounts is decided there. */
@ApplicationScoped
public class PostingService {

    private final LedgerWriter writer;
    private final BigDecimal maxAmount;

    public PostingService(LedgerWriter writer, LedgerConfig config) {
        this.writer = writer;
        this.maxAmount = config.maxAmount();
    }

    public Uni<PostingResult> post(long userId, long accountId, EntryType type, PostingRequest request,
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
        return writer.submit(new LedgerCommand.Posting(userId, accountId, type, body.amount(), body.description(),
                body.category(), idempotencyKey, fingerprint));
    }

    public Uni<PostingResult> transfer(long userId, TransferRequest request, String idempotencyKey) {
        FieldErrors errors = new FieldErrors();
        TransferRequest body = request != null ? request : new TransferRequest(null, null, null, null);
        if (body.fromAccountId() == null) {
            errors.add("fromAccountId", "Choose the account to transfer from.");
        }
        if (body.toAccountId() == null) {
            errors.add("toAccountId", "Choose the account to transfer to.");
        } else if (body.toAccountId().equals(body.fromAccountId())) {
            errors.add("toAccountId", "The money cannot go to the account it comes from. Choose another account.");
        }
        WriteRules.checkAmount(body.amount(), maxAmount, errors);
        WriteRules.checkDescription(body.description(), errors);
        WriteRules.checkIdempotencyKey(idempotencyKey, errors);
        errors.throwIfAny();
        String fingerprint = EntryHash.digest("transfer", body.fromAccountId().toString(),
                body.toAccountId().toString(), body.amount(), body.description());
        return writer.submit(new LedgerCommand.Transfer(userId, body.fromAccountId(), body.toAccountId(),
                body.amount(), body.description(), idempotencyKey, fingerprint));
    }
}
