package app.ledger.journal.payee;

import app.ledger.journal.EntryLimits;
import app.ledger.journal.SearchText;
import app.ledger.persistence.StorageHealth;
import app.ledger.problem.FieldErrors;
import app.ledger.problem.UnicodeText;
import app.ledger.support.LimitParameter;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Payee suggestions from the user's own entries. */
@ApplicationScoped
public class PayeeService {

    public static final int DEFAULT_LIMIT = 10;
    public static final int MAX_LIMIT = 50;

    private final PayeeRepository payees;
    private final StorageHealth storage;

    public PayeeService(PayeeRepository payees, StorageHealth storage) {
        this.payees = payees;
        this.storage = storage;
    }

    /**
     * The user's payees that contain {@code q} regardless of case (all of them when it is absent or blank),
     * best first: those that start with it, then the most used, then the most recent.
     */
    public Uni<List<PayeeView>> suggest(long userId, String q, String limit) {
        FieldErrors errors = new FieldErrors();
        String text = q == null ? "" : q.strip();
        if (!UnicodeText.isWellFormed(text)) {
            errors.add("q", UnicodeText.NOT_WELL_FORMED);
        } else if (text.codePointCount(0, text.length()) > EntryLimits.PAYEE_MAX) {
            errors.add("q", "A payee has at most " + EntryLimits.PAYEE_MAX + " characters: search for fewer.");
        }
        int size = LimitParameter.parse(limit, DEFAULT_LIMIT, MAX_LIMIT, "number of suggestions", errors);
        errors.throwIfAny();
        return payees.suggestions(userId, SearchText.fold(text), size).onFailure().transform(storage::translate);
    }
}
