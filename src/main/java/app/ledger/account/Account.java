package app.ledger.account;

import app.ledger.persistence.InstantMicrosConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "accounts")
public class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "user_id", nullable = false)
    public long userId;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false, length = 3)
    public String currency;

    @Column(name = "balance_minor", nullable = false)
    public long balanceMinor;

    @Convert(converter = InstantMicrosConverter.class)
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** How many entries the account has; the next entry gets {@code entryCount + 1} as its sequence number. */
    @Column(name = "entry_count", nullable = false)
    public long entryCount;

    /** Hash of the newest entry: the head of the account's chain. */
    @Column(name = "last_hash", nullable = false, length = 64)
    public String lastHash = GENESIS_HASH;

    public static final String GENESIS_HASH = "0".repeat(64);

    /** Moves the account's head to a newly appended entry. */
    public void append(long balanceAfterMinor, String entryHash) {
        this.balanceMinor = balanceAfterMinor;
        this.entryCount++;
        this.lastHash = entryHash;
    }
}
