package app.ledger.imports.profile;

import app.ledger.persistence.InstantMicrosConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A CSV column mapping a user saved under a name, found again by the header of the next file. */
@Entity
@Table(name = "import_profiles")
public class ImportProfile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "user_id", nullable = false, updatable = false)
    public long userId;

    @Column(nullable = false)
    public String name;

    /** {@code CsvMapping.fingerprint} of the header the mapping was made for, or null. */
    @Column(name = "header_fingerprint")
    public String headerFingerprint;

    /** JSON of a CsvMapping. */
    @Column(nullable = false)
    public String mapping;

    /** JSON of a CsvDialect, or null to detect it. */
    public String dialect;

    @Convert(converter = InstantMicrosConverter.class)
    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Convert(converter = InstantMicrosConverter.class)
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
