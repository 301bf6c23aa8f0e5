package app.ledger.auth;

import app.ledger.persistence.InstantMicrosConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "users")
public class User {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** Stored in lower case; unique regardless of case. */
    @Column(nullable = false, length = 32)
    public String username;

    @Column(name = "password_hash", nullable = false)
    public String passwordHash;

    @Convert(converter = InstantMicrosConverter.class)
    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** An IANA id: what "today" is for this user's entries. See {@link UserPreferences}. */
    @Column(name = "time_zone", nullable = false)
    public String timeZone = UserPreferences.DEFAULT_TIME_ZONE;

    /** A BCP 47 tag, for formatting in the web app. */
    @Column(nullable = false)
    public String locale = UserPreferences.DEFAULT_LOCALE;
}
