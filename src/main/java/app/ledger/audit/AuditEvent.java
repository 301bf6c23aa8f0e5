package app.ledger.audit;

import app.ledger.persistence.InstantMicrosConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One security event of a user, the {@code seq}-th of their chain. */
@Entity
@Table(name = "audit_events")
public class AuditEvent {

    static final int ADDRESS_MAX = 64;
    static final int USER_AGENT_MAX = 256;
    static final int DETAIL_MAX = 256;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "user_id", nullable = false)
    public long userId;

    @Column(nullable = false)
    public long seq;

    /** An {@link AuditKind#code()}. */
    @Column(nullable = false)
    public String kind;

    @Convert(converter = InstantMicrosConverter.class)
    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(length = ADDRESS_MAX)
    public String address;

    @Column(name = "user_agent", length = USER_AGENT_MAX)
    public String userAgent;

    @Column(length = DETAIL_MAX)
    public String detail;

    @Column(name = "prev_hash", nullable = false)
    public String prevHash;

    @Column(nullable = false)
    public String hash;
}
