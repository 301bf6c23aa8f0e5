package app.ledger.auth.passkey;

import app.ledger.persistence.InstantMicrosConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A challenge answered successfully, kept until it expires so that it is accepted once only. */
@Entity
@Table(name = "passkey_challenges_used")
public class UsedChallenge {

    /** SHA-256 of the challenge, hex. */
    @Id
    @Column(name = "challenge_hash")
    public String challengeHash;

    /** Whose passkey answered it. */
    @Column(name = "user_id", nullable = false)
    public long userId;

    @Convert(converter = InstantMicrosConverter.class)
    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;
}
