package app.ledger.journal.posting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The one row that hands out entry ids; see {@link EntryIds}. */
@Entity
@Table(name = "entry_ids")
public class EntryIdCounter {

    static final int ONLY_ROW = 1;

    @Id
    public int id;

    @Column(name = "next_val", nullable = false)
    public long nextVal;
}
