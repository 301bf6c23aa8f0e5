package app.ledger.imports.preview;

import app.ledger.imports.duplicate.ExistingEntry;
import app.ledger.persistence.read.DirectReads;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;

/**
 * The entries of an account that a statement's rows may repeat: those of the days around the statement,
 * neither reversals nor reversed (a reversed entry is no longer in the balance, so the row is not in the
 * ledger any more). One query over the index on (account, day).
 */
@ApplicationScoped
public class AccountEntries {

    private static final String AROUND = "SELECT id, occurred_on, type, amount_minor, payee, description, "
            + "bank_reference FROM entries WHERE account_id = ? AND occurred_on >= ? AND occurred_on <= ? "
            + "AND reversal_of IS NULL AND reversed_by IS NULL";

    private final DirectReads reads;

    public AccountEntries(DirectReads reads) {
        this.reads = reads;
    }

    public Uni<List<ExistingEntry>> between(long accountId, LocalDate from, LocalDate to) {
        return reads.list(AROUND, List.of(accountId, from.toEpochDay(), to.toEpochDay()), row -> {
            String type = row.getString(2);
            long sign = "withdrawal".equals(type) || "transfer_out".equals(type) ? -1 : 1;
            return new ExistingEntry(row.getLong(0), LocalDate.ofEpochDay(row.getLong(1)), sign * row.getLong(3),
                    row.getString(4), row.getString(5), row.getString(6));
        });
    }
}
