package app.ledger.auth.totp;

import app.ledger.persistence.InstantMicrosConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A user's TOTP secret, pending until confirmed with a code. */
@Entity
@Table(name = "totp_credentials")
public class TotpCredential {

    @Id
    @Column(name = "user_id")
    public long userId;

    /** Encrypted: see {@link TotpSecretBox}. */
    @Column(nullable = false)
    public String secret;

    @Convert(converter = InstantMicrosConverter.class)
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** Null while pending. */
    @Convert(converter = InstantMicrosConverter.class)
    @Column(name = "enabled_at")
    public Instant enabledAt;

    /** The time step of the last code accepted; codes of it and earlier steps are refused. */
    @Column(name = "last_used_step", nullable = false)
    public long lastUsedStep;

    boolean enabled() {
        return enabledAt != null;
    }
}
