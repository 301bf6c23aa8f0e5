package app.ledger.journal.posting.idempotency;

import app.ledger.persistence.InstantMicrosConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** The first successful answer to a write that carried an {@code Idempotency-Key}, kept for replays. */
@Entity
@Table(name = "idempotency_records")
public class IdempotencyRecord {

    @EmbeddedId
    public Key id;

    @Column(name = "request_hash", nullable = false)
    public String requestHash;

    @Column(nullable = false)
    public int status;

    @Column(nullable = false, length = 100_000)
    public String body;

    @Convert(converter = InstantMicrosConverter.class)
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Embeddable
    public record Key(@Column(name = "user_id") long userId, @Column(name = "idem_key") String key)
            implements Serializable {
    }
}
