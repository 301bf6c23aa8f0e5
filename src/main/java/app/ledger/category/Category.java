package app.ledger.category;

import app.ledger.journal.CategoryRef;
import app.ledger.persistence.InstantMicrosConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One of a user's categories. Sub-categories name their (top-level) parent; there is no deeper level. */
@Entity
@Table(name = "categories")
public class Category {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "user_id", nullable = false, updatable = false)
    public long userId;

    @Column(name = "parent_id")
    public Long parentId;

    @Column(nullable = false)
    public String name;

    /** The name as {@link CategoryRules#nameKey} folds it: unique per user and parent. */
    @Column(name = "name_key", nullable = false)
    public String nameKey;

    @Convert(converter = CategoryKindConverter.class)
    @Column(nullable = false)
    public CategoryKind kind;

    /** {@code #rrggbb} in lower case, or null. */
    public String color;

    /** Set while the category is archived: it stays on old entries and cannot be chosen for new ones. */
    @Convert(converter = InstantMicrosConverter.class)
    @Column(name = "archived_at")
    public Instant archivedAt;

    @Convert(converter = InstantMicrosConverter.class)
    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    public boolean archived() {
        return archivedAt != null;
    }

    public CategoryRef ref() {
        return new CategoryRef(id, name, color);
    }
}
