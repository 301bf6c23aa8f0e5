package app.ledger.account;

import app.ledger.persistence.InstantMicrosConverter;
import app.ledger.persistence.read.Cells;
import app.ledger.persistence.read.DirectReads;
import app.ledger.persistence.read.Untracked;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** An account read on the direct read path: every request naming an account starts here. */
@ApplicationScoped
public class AccountReads {

    private static final String BY_ID = "SELECT id, user_id, name, currency, balance_minor, created_at, "
            + "entry_count, last_hash FROM accounts WHERE id = ?";

    private static final String BY_USER = "SELECT id, user_id, name, currency, balance_minor, created_at, "
            + "entry_count, last_hash FROM accounts WHERE user_id = ? ORDER BY id";

    private final DirectReads reads;

    public AccountReads(DirectReads reads) {
        this.reads = reads;
    }

    /** A user's accounts as last committed, detached, by id. */
    public Uni<List<Account>> ofUser(long userId) {
        return reads.list(BY_USER, List.of(userId), AccountReads::read);
    }

    /** A detached account as last committed, or null. */
    public Uni<Account> byId(long accountId) {
        return reads.first(BY_ID, List.of(accountId), AccountReads::read);
    }

    private static Account read(Cells row) {
        Account account = Untracked.of(new Account());
        account.id = row.getLong(0);
        account.userId = row.getLong(1);
        account.name = row.getString(2);
        account.currency = row.getString(3);
        account.balanceMinor = row.getLong(4);
        account.createdAt = InstantMicrosConverter.fromMicros(row.getLong(5));
        account.entryCount = row.getLong(6);
        account.lastHash = row.getString(7);
        return account;
    }
}
