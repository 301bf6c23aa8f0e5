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
}
