package app.ledger.auth.personaltoken;

import app.ledger.persistence.InstantMicrosConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A personal access token, stored as the SHA-256 of its text (see {@link PersonalTokenSecret}). */
@Entity
@Table(name = "personal_tokens")
public class PersonalToken {

    public static final int NAME_MAX = 64;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "user_id", nullable = false)
    public long userId;

    @Column(nullable = false)
    public String name;

    @Column(name = "token_hash", nullable = false)
    public String tokenHash;

    /** "read" or "read,write". */
    @Column(nullable = false)
    public String scopes;

    @Convert(converter = InstantMicrosConverter.class)
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Convert(converter = InstantMicrosConverter.class)
    @Column(name = "expires_at")
    public Instant expiresAt;

    @Convert(converter = InstantMicrosConverter.class)
    @Column(name = "last_used_at")
    public Instant lastUsedAt;
}
