package app.ledger.auth;

import app.ledger.persistence.InstantMicrosConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "revoked_tokens")
public class RevokedToken {

    @Id
    public String jti;

    @Convert(converter = InstantMicrosConverter.class)
    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;
}
