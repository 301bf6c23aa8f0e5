package app.ledger.journal;

import app.ledger.persistence.EpochDayConverter;
import app.ledger.persistence.InstantMicrosConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One line of an account's history. Entries are only ever appended; their money (account, type, amount,
 * balance, day, links) never changes. Their metadata (description, category, payee, tags, notes) may be
 * edited, each change kept as an {@link EntryChange}, and an entry learns which entry reversed it.
 */
@Entity
@Table(name = "entries")
public class Entry {

    /**
     * Grows in commit order: it is the position of live updates. Taken from the same counter as the ids of
     * metadata edits (see EntryIds in the writer), so entry ids have gaps.
     */
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

    /** The day the money moved, as the user says; {@link #createdAt} is when it was recorded. */
    @Convert(converter = EpochDayConverter.class)
    @Column(name = "occurred_on", nullable = false, updatable = false)
    public LocalDate occurredOn;

    /** Which formula of {@code EntryHash} chains this entry. */
    @Column(name = "hash_version", nullable = false, updatable = false)
    public int hashVersion;

    /** Metadata: may be edited. */
    @Column(length = EntryLimits.DESCRIPTION_MAX)
    public String description;

    /**
     * Version 1 entries only: the description and the free-text category exactly as they were hashed. They
     * never change, so that an edited description does not break the chain of an old entry; the category
     * the user sees is {@link #categoryId}.
     */
    @Column(name = "v1_description", updatable = false)
    public String v1Description;

    @Column(name = "v1_category", updatable = false)
    public String v1Category;

    /** Metadata: one of the owner's categories, or null. */
    @Column(name = "category_id")
    public Long categoryId;

    /** Metadata. */
    @Column(length = EntryLimits.PAYEE_MAX)
    public String payee;

    /** Metadata: see {@link Tags}. */
    @Column
    public String tags;

    /** Metadata. */
    @Column(length = EntryLimits.NOTES_MAX)
    public String notes;

    /**
     * Description, payee, notes and tags as {@link SearchText#of} makes them, for text search. Derived, so it
     * is not part of the entry's hash; it follows the metadata when that is edited ({@link #index}).
     */
    @Column(name = "search_text")
    public String searchText;

    /** When the entry was recorded (the writer's clock), shown as {@code recordedAt}. */
    @Convert(converter = InstantMicrosConverter.class)
    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "idempotency_key", updatable = false)
    public String idempotencyKey;

    @Column(name = "transfer_id", updatable = false)
    public String transferId;

    @Column(name = "counterpart_account_id", updatable = false)
    public Long counterpartAccountId;

    /**
     * A transfer leg: the other leg's amount, in minor units of {@link #counterCurrency}. Null on other
     * entries, and on legs written before transfers could change currency (the other leg was the same).
     */
    @Column(name = "counter_amount_minor", updatable = false)
    public Long counterAmountMinor;

    /** A transfer leg: the currency of the other leg; see {@link #counterAmountMinor}. */
    @Column(name = "counter_currency", updatable = false, length = 3)
    public String counterCurrency;

    /** The entry this one cancels (part of the hash), or null. */
    /**
     * The sum of the signed amounts of this account's entries on this entry's day up to and including it,
     * in recording order. It never changes: a later entry, even one for an earlier day, comes after it.
     */
    @Column(name = "day_running_minor", nullable = false, updatable = false)
    public long dayRunningMinor;

    @Column(name = "reversal_of", updatable = false)
    public Long reversalOf;

    /** The entry that cancels this one, set when that is appended; not hashed (its reversalOf proves it). */
    @Column(name = "reversed_by")
    public Long reversedBy;

    /** The statement import that appended this entry, or null; not hashed (undo finds entries by it). */
    @Column(name = "import_id", updatable = false)
    public Long importId;

    /**
     * The bank's own id of the statement row the entry came from, or null; not hashed. A later import of an
     * overlapping statement finds the row by it.
     */
    @Column(name = "bank_reference", updatable = false)
    public String bankReference;

    @Column(name = "prev_hash", nullable = false, updatable = false, length = 64)
    public String prevHash;

    @Column(nullable = false, updatable = false, length = 64)
    public String hash;

    /** Brings the search text in line with the metadata; called after every change of it. */
    public void index() {
        this.searchText = SearchText.of(description, payee, notes, Tags.decode(tags));
    }

    /** What this entry adds to its account's balance: negative for what left it. */
    public long signedAmount() {
        return type.sign() * amountMinor;
    }
}
