package app.ledger.journal;

import app.ledger.persistence.InstantMicrosConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of an account's history. Entries are only ever appended, never changed. */
@Entity
@Table(name = "entries")
public class Entry {

    /** Grows in commit order: it is the position of live updates. Assigned by {@link EntryIds}. */
    @Id
    public Long id;

    @Column(name = "account_id", nullable = false, updatable = false)
    public long accountId;

    @Column(name = "user_id", nullable = false, updatable = false)
    public long userId;

    /** 1, 2, 3 … within the account, in the order the entries were appended. */
    @Column(nullable = false, updatable = false)
    public long seq;

    @Convert(converter = EntryTypeConverter.class)
    @Column(nullable = false, updatable = false)
    public EntryType type;

    @Column(name = "amount_minor", nullable = false, updatable = false)
    public long amountMinor;

    @Column(name = "balance_after_minor", nullable = false, updatable = false)
    public long balanceAfterMinor;

    @Column(updatable = false, length = EntryLimits.DESCRIPTION_MAX)
    public String description;

    @Column(updatable = false, length = EntryLimits.CATEGORY_MAX)
    public String category;

    /**
     * The description as {@link SearchText#fold} makes it, for text search. Derived, so it is not part of
     * the entry's hash.
     */
    @Column(name = "search_text", updatable = false)
    public String searchText;

    @Convert(converter = InstantMicrosConverter.class)
    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "idempotency_key", updatable = false)
    public String idempotencyKey;

    @Column(name = "transfer_id", updatable = false)
    public String transferId;

    @Column(name = "counterpart_account_id", updatable = false)
    public Long counterpartAccountId;

    @Column(name = "prev_hash", nullable = false, updatable = false, length = 64)
    public String prevHash;

    @Column(nullable = false, updatable = false, length = 64)
    public String hash;
}
