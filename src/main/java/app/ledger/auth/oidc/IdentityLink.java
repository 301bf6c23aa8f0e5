package app.ledger.auth.oidc;

import app.ledger.persistence.InstantMicrosConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An account at an identity provider (issuer and subject) that opens a Ledger user. */
@Entity
@Table(name = "identity_links")
public class IdentityLink {

    public static final int EMAIL_MAX = 254;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "user_id", nullable = false)
    public long userId;

    @Column(nullable = false)
    public String issuer;

    @Column(nullable = false)
    public String subject;

    public String email;

    @Convert(converter = InstantMicrosConverter.class)
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Convert(converter = InstantMicrosConverter.class)
    @Column(name = "last_used_at")
    public Instant lastUsedAt;
}
