package app.ledger.journal.posting;

import app.ledger.config.LedgerConfig;
import app.ledger.journal.EntryFields;
import app.ledger.journal.EntryType;
import app.ledger.journal.Tags;
import app.ledger.journal.integrity.EntryHash;
import app.ledger.problem.FieldErrors;
import app.ledger.support.PatchBody;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/** Checks a write request and hands it to the writer. What depends on the accounts is decided there. */
@ApplicationScoped
public class PostingService {

    static final String CATEGORY_TEXT_GONE = "A category is no longer sent as text: send categoryId, the id of one "
            + "of your categories (GET /api/categories).";
    private static final Set<String> EDITABLE = Set.of("description", "categoryId", "payee", "tags", "notes");

    private final LedgerWriter writer;
    private final BigDecimal maxAmount;

    public PostingService(LedgerWriter writer, LedgerConfig config) {
        this.writer = writer;
        this.maxAmount = config.maxAmount();
    }

    public Uni<PostingResult> post(long userId, long accountId, EntryType type, PostingRequest request,
            String idempotencyKey) {
        FieldErrors errors = new FieldErrors();
        PostingRequest body = request != null ? request : PostingRequest.empty();
        WriteRules.checkAmount(body.amount(), maxAmount, errors);
        LocalDate day = EntryFields.occurredOn(body.occurredOn(), errors);
        EntryFields.checkDescription(body.description(), errors);
        String payee = EntryFields.payee(body.payee(), errors);
        List<String> tags = EntryFields.tags(body.tags(), errors);
        EntryFields.checkNotes(body.notes(), errors);
        if (body.category() != null) {
            errors.add("category", CATEGORY_TEXT_GONE);
        }
        WriteRules.checkIdempotencyKey(idempotencyKey, errors);
        errors.throwIfAny();
        String fingerprint = fingerprint(List.of("posting", type.code(), Long.toString(accountId)),
                body.amount(), body.description(), day, text(body.categoryId()), payee, Tags.encode(tags),
                body.notes());
        return writer.submit(new LedgerCommand.Posting(userId, accountId, type, body.amount(),
                new EntryDetails(day, body.description(), body.categoryId(), payee, tags, body.notes()),
                idempotencyKey, fingerprint));
    }

    public Uni<PostingResult> transfer(long userId, TransferRequest request, String idempotencyKey) {
        FieldErrors errors = new FieldErrors();
        TransferRequest body = request != null ? request : TransferRequest.empty();
        if (body.fromAccountId() == null) {
            errors.add("fromAccountId", "Choose the account to transfer from.");
        }
        if (body.toAccountId() == null) {
            errors.add("toAccountId", "Choose the account to transfer to.");
        } else if (body.toAccountId().equals(body.fromAccountId())) {
            errors.add("toAccountId", "The money cannot go to the account it comes from. Choose another account.");
        }
        WriteRules.checkAmount(body.amount(), maxAmount, errors);
        if (body.toAmount() != null) {
            WriteRules.checkAmount("toAmount", body.toAmount(), maxAmount, errors);
        }
        LocalDate day = EntryFields.occurredOn(body.occurredOn(), errors);
        EntryFields.checkDescription(body.description(), errors);
        List<String> tags = EntryFields.tags(body.tags(), errors);
        EntryFields.checkNotes(body.notes(), errors);
        WriteRules.checkIdempotencyKey(idempotencyKey, errors);
        errors.throwIfAny();
        String fingerprint = fingerprint(List.of("transfer", body.fromAccountId().toString(),
                body.toAccountId().toString()), body.amount(), body.description(),
                day, null, null, Tags.encode(tags), body.notes());
        if (body.toAmount() != null) {
            fingerprint = EntryHash.digest(fingerprint, "toAmount", body.toAmount());
        }
        return writer.submit(new LedgerCommand.Transfer(userId, body.fromAccountId(), body.toAccountId(),
                body.amount(), body.toAmount(),
                new EntryDetails(day, body.description(), null, null, tags, body.notes()), idempotencyKey,
                fingerprint));
    }

    /** Reverses an entry (both legs of a transfer); see the posting rules. */
    public Uni<PostingResult> reverse(long userId, long entryId, ReversalRequest request, String idempotencyKey) {
        FieldErrors errors = new FieldErrors();
        ReversalRequest body = request != null ? request : new ReversalRequest(null, null);
        LocalDate day = EntryFields.occurredOn(body.occurredOn(), errors);
        EntryFields.checkNotes(body.notes(), errors);
        WriteRules.checkIdempotencyKey(idempotencyKey, errors);
        errors.throwIfAny();
        String fingerprint = EntryHash.digest("reversal", Long.toString(entryId), text(day), body.notes());
        return writer.submit(new LedgerCommand.Reversal(userId, entryId, day, body.notes(), idempotencyKey,
                fingerprint));
    }

    /**
     * Changes the metadata that the body names ({@code description, categoryId, payee, tags, notes}); null
     * clears a field. Money fields are not metadata and cannot be changed: a reversal cancels an entry.
     */
    public Uni<PostingResult> edit(long userId, long entryId, ObjectNode node) {
        FieldErrors errors = new FieldErrors();
        PatchBody body = PatchBody.of(node, EDITABLE, errors);
        EntryEdit.Change<String> description = null;
        if (body.has("description")) {
            String text = body.text("description");
            EntryFields.checkDescription(text, errors);
            description = new EntryEdit.Change<>(text);
        }
        EntryEdit.Change<Long> category = body.has("categoryId") ? new EntryEdit.Change<>(body.id("categoryId"))
                : null;
        EntryEdit.Change<String> payee = body.has("payee")
                ? new EntryEdit.Change<>(EntryFields.payee(body.text("payee"), errors)) : null;
        EntryEdit.Change<List<String>> tags = body.has("tags")
                ? new EntryEdit.Change<>(EntryFields.tags(body.texts("tags"), errors)) : null;
        EntryEdit.Change<String> notes = null;
        if (body.has("notes")) {
            String text = body.text("notes");
            EntryFields.checkNotes(text, errors);
            notes = new EntryEdit.Change<>(text);
        }
        errors.throwIfAny();
        return writer.submit(new LedgerCommand.Edit(userId, entryId,
                new EntryEdit(description, category, payee, tags, notes)));
    }

    /**
     * The fingerprint of a write: a request with none of the fields added with dates and metadata gets the
     * fingerprint earlier versions gave it, so that its retry across an upgrade is still recognised.
     */
    private static String fingerprint(List<String> head, String amount, String description, LocalDate day,
            String categoryId, String payee, String tags, String notes) {
        Stream<String> old = Stream.concat(head.stream(), Stream.of(amount, description));
        if (head.get(0).equals("posting")) {
            old = Stream.concat(old, Stream.of((String) null)); // the free-text category, now always absent
        }
        List<String> added = Arrays.asList(text(day), categoryId, payee, tags, notes);
        Stream<String> fields = added.stream().allMatch(Objects::isNull) ? old
                : Stream.concat(old, Stream.concat(Stream.of("v2"), added.stream()));
        return EntryHash.digest(fields.toArray(String[]::new));
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
