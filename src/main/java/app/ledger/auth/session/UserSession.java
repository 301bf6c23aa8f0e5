package app.ledger.auth.session;

import app.ledger.persistence.InstantMicrosConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One login: every token names one, and is refused once the row is gone (logout, expiry, another database). */
@Entity
@Table(name = "sessions")
public class UserSession {

    static final int USER_AGENT_MAX = 256;
    static final int ADDRESS_MAX = 64;

    /** 128 random bits, base64url: unguessable, and never reused by another database. */
    @Id
    public String id;

    @Column(name = "user_id", nullable = false)
    public long userId;

    @Convert(converter = InstantMicrosConverter.class)
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** Written at most once per {@code ledger.auth.sessions.last-seen-interval}, off the request path. */
    @Convert(converter = InstantMicrosConverter.class)
    @Column(name = "last_seen_at", nullable = false)
    public Instant lastSeenAt;

    @Convert(converter = InstantMicrosConverter.class)
    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;

    @Column(name = "user_agent", length = USER_AGENT_MAX)
    public String userAgent;

    @Column(length = ADDRESS_MAX)
    public String address;
}
