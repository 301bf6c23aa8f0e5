package app.ledger.journal;

import app.ledger.persistence.InstantMicrosConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/**
 * One field of an entry changed by one edit: who, when, the value before and after, each as JSON (a string,
 * a number, a list, or null). Never changed or removed.
 */
@Entity
@Table(name = "entry_changes")
public class EntryChange {

    @EmbeddedId
    public Key id;

    @Column(name = "entry_id", nullable = false, updatable = false)
    public long entryId;

    /** The entry's owner. */
    @Column(name = "user_id", nullable = false, updatable = false)
    public long userId;

    @Column(name = "changed_by", nullable = false, updatable = false)
    public long changedBy;

    @Convert(converter = InstantMicrosConverter.class)
    @Column(name = "changed_at", nullable = false, updatable = false)
    public Instant changedAt;

    @Column(name = "old_value", updatable = false)
    public String oldValue;

    @Column(name = "new_value", updatable = false)
    public String newValue;

    /**
     * An edit's id is its position in the live stream, from the counter that numbers entries; one edit may
     * change several fields.
     */
    @Embeddable
    public record Key(@Column(name = "edit_id") long editId, @Column(name = "field") String field)
            implements Serializable {
    }
}
