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
import java.util.concurrent.atomic.AtomicLong;

/**
 * Recomputes an account's chain from its stored entries: every hash, the link to the entry before,
 * the sequence without gaps, each running balance, and finally the account's own balance and head.
 * Entries are read in chunks on the direct read path (no session, no entities to hydrate or clear), a few
 * at once (see {@link ChainChunks}), each chunk checked on a worker thread, so memory stays flat and the
 * event loop free.
 */
@ApplicationScoped
public class ChainVerifier {

    static final int CHUNK = 5000;
    /** Two reads at once keep both reader threads (ledger.db.readers) busy on a two-core machine. */
    static final int READ_AHEAD = 2;
    private static final String IN_CHAIN_ORDER = "SELECT " + EntryRows.CHAIN_COLUMNS
            + " FROM entries WHERE account_id = ? AND seq > ? ORDER BY seq";
    private static final String IN_RANGE = "SELECT " + EntryRows.CHAIN_COLUMNS
            + " FROM entries WHERE account_id = ? AND seq > ? AND seq <= ? ORDER BY seq";

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
     * every link, and with it every chunk, until the walk ends. While one chunk is checked on a worker
     * thread, the next {@link #READ_AHEAD} are read on the reader threads, so reading and hashing share the
     * cores; at most that many chunks and the one being checked are in memory.
     */
    private Uni<VerificationView> walk(Account account, Walk walk) {
        ChainChunks chunks = new ChainChunks(source(account.id), CHUNK, READ_AHEAD, account.entryCount);
        AtomicLong position = new AtomicLong();
        return Multi.createBy().repeating()
                .uni(() -> chunks.after(position.get()).flatMap(chunk -> {
                    boolean last = chunk.size() < CHUNK;
                    if (!last) {
                        position.set(chunk.get(chunk.size() - 1).seq);
                    }
                    return Workers.offload(() -> walk.check(chunk) || last);
                }))
                .whilst(done -> !done)
                .collect().last()
                .map(done -> walk.result(account));
    }

    private ChainChunks.Source source(long accountId) {
        return new ChainChunks.Source() {
            @Override
            public Uni<List<Entry>> range(long after, long through) {
                return reads.list(IN_RANGE, List.of(accountId, after, through), EntryRows::readChain);
            }

            @Override
            public Uni<List<Entry>> following(long after, int limit) {
                return reads.list(IN_CHAIN_ORDER + RowLimit.of(limit), List.of(accountId, after),
                        EntryRows::readChain);
            }
        };
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
