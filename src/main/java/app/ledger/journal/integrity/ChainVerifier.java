package app.ledger.journal.integrity;

import app.ledger.account.Account;
import app.ledger.account.AccountAccess;
import app.ledger.account.Permission;
import app.ledger.journal.Entry;
import app.ledger.journal.EntryRows;
import app.ledger.money.Money;
import app.ledger.persistence.StorageHealth;
import app.ledger.persistence.read.DirectReads;
import app.ledger.persistence.read.RowLimit;
import app.ledger.support.Workers;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Currency;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Recomputes an account's chain from its stored entries: every hash, the link to the entry before,
 * the sequence without gaps, each running balance, and finally the account's own balance and head.
 * Entries are read in chunks on the direct read path (no session, no entities to hydrate or clear), each
 * chunk checked on a worker thread, so memory stays flat and the event loop free.
 */
@ApplicationScoped
public class ChainVerifier {

    static final int CHUNK = 5000;
    private static final String IN_CHAIN_ORDER = "SELECT " + EntryRows.COLUMNS
            + " FROM entries WHERE account_id = ? AND seq > ? ORDER BY seq" + RowLimit.of(CHUNK);

    private final AccountAccess access;
    private final DirectReads reads;
    private final StorageHealth storage;

    public ChainVerifier(AccountAccess access, DirectReads reads, StorageHealth storage) {
        this.access = access;
        this.reads = reads;
        this.storage = storage;
    }

    /** A database that cannot read its entries (damaged, failing disk) answers a 503 problem, not a verdict. */
    public Uni<VerificationView> verify(long userId, long accountId) {
        return access.require(userId, accountId, Permission.READ)
                .flatMap(account -> walk(account, new Walk(Currency.getInstance(account.currency))))
                .onFailure().transform(storage::translate);
    }

    /**
     * Chunk after chunk, as a repetition rather than a recursion: a recursive chain of operators keeps
     * every link, and with it every chunk, until the walk ends. The next chunk is read while the current
     * one is checked, so reading and hashing share the cores; at most two chunks are in memory.
     */
    private Uni<VerificationView> walk(Account account, Walk walk) {
        AtomicReference<Uni<List<Entry>>> nextChunk = new AtomicReference<>(prefetch(chunkAfter(account.id, 0)));
        return Multi.createBy().repeating()
                .uni(() -> nextChunk.get().flatMap(chunk -> {
                    boolean last = chunk.size() < CHUNK;
                    if (!last) {
                        nextChunk.set(prefetch(chunkAfter(account.id, chunk.get(chunk.size() - 1).seq)));
                    }
                    return Workers.offload(() -> walk.check(chunk) || last);
                }))
                .whilst(done -> !done)
                .collect().last()
                .map(done -> walk.result(account));
    }

    private Uni<List<Entry>> chunkAfter(long accountId, long seq) {
        return reads.list(IN_CHAIN_ORDER, List.of(accountId, seq), EntryRows::read);
    }

    /** Starts the read now; its rows (or its failure) are there when the walk asks for them. */
    private static <T> Uni<T> prefetch(Uni<T> read) {
        Uni<T> remembered = read.memoize().indefinitely();
        remembered.subscribe().with(rows -> { }, failure -> { });
        return remembered;
    }

    /** State carried from chunk to chunk. */
    private static final class Walk {
        private final Currency currency;
        private long seq;
        private long balance;
        private String hash = Account.GENESIS_HASH;
        private Long brokenId;
        private Long brokenSeq;
        private String problem;

        Walk(Currency currency) {
            this.currency = currency;
        }

        /** Answers true at the first broken entry. */
        boolean check(List<Entry> chunk) {
            for (Entry entry : chunk) {
                String reason = reasonBroken(entry);
                if (reason != null) {
                    brokenId = entry.id;
                    brokenSeq = entry.seq;
                    problem = reason;
                    return true;
                }
                seq = entry.seq;
                balance = entry.balanceAfterMinor;
                hash = entry.hash;
            }
            return false;
        }

        private String reasonBroken(Entry entry) {
            if (entry.seq != seq + 1) {
                return "entry " + (seq + 1) + " is missing";
            }
            if (!entry.prevHash.equals(hash)) {
                return "does not link to the entry before it";
            }
            if (!EntryHash.of(entry, currency.getCurrencyCode()).equals(entry.hash)) {
                return "its content does not match its hash";
            }
            long expected = balance + entry.type.sign() * entry.amountMinor;
            if (entry.balanceAfterMinor != expected || expected < 0) {
                return "its balance does not follow from the entry before it";
            }
            return null;
        }

        VerificationView result(Account account) {
            String reason = problem;
            if (reason == null && account.entryCount != seq) {
                reason = "the account counts " + account.entryCount + " entries but " + seq + " were found";
            } else if (reason == null && !account.lastHash.equals(hash)) {
                reason = "the account's head does not match its last entry";
            } else if (reason == null && account.balanceMinor != balance) {
                reason = "the account balance does not match its entries";
            }
            return new VerificationView(account.id, reason == null, seq,
                    Money.format(account.balanceMinor, currency), Money.format(balance, currency),
                    brokenId, brokenSeq, reason);
        }
    }
}
