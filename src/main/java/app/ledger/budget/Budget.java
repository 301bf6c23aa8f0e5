package app.ledger.budget;

import app.ledger.persistence.InstantMicrosConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Currency;

/** A monthly limit on what a user spends in one expense category (and its sub-categories) in one currency. */
@Entity
@Table(name = "budgets")
public class Budget {

    /** The only period there is. */
    static final String MONTH = "month";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "user_id", nullable = false, updatable = false)
    public long userId;

    @Column(name = "category_id", nullable = false)
    public long categoryId;

    @Column(nullable = false, updatable = false)
    public String currency;

    /** The limit, in minor units of {@link #currency}. */
    @Column(name = "amount_minor", nullable = false)
    public long amountMinor;

    @Column(nullable = false, updatable = false)
    public String period;

    @Convert(converter = InstantMicrosConverter.class)
    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    Currency currencyUnit() {
        return Currency.getInstance(currency);
    }
}
