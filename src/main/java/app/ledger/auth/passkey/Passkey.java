package app.ledger.auth.passkey;

import app.ledger.persistence.InstantMicrosConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A WebAuthn credential a user signs in with: its id, its public key and its signature counter. */
@Entity
@Table(name = "passkeys")
public class Passkey {

    public static final int NAME_MAX = 64;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "user_id", nullable = false)
    public long userId;

    /** base64url, as the browser names the credential. */
    @Column(name = "credential_id", nullable = false)
    public String credentialId;

    /** The COSE public key, base64. */
    @Column(name = "public_key", nullable = false)
    public String publicKey;

    @Column(name = "sign_count", nullable = false)
    public long signCount;

    @Column(nullable = false)
    public String name;

    /** Comma-separated, as the authenticator reported them ("internal", "usb", "hybrid"...); may be empty. */
    @Column(nullable = false)
    public String transports;

    @Convert(converter = InstantMicrosConverter.class)
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Convert(converter = InstantMicrosConverter.class)
    @Column(name = "last_used_at")
    public Instant lastUsedAt;
}
