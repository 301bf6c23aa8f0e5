package app.ledger.imports.store;

import app.ledger.persistence.EpochDayConverter;
import app.ledger.persistence.InstantMicrosConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** One statement import: its file, counts and status. Its rows are in {@code import_rows}. */
@Entity
@Table(name = "imports")
public class ImportRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "user_id", nullable = false, updatable = false)
    public long userId;

    @Column(name = "account_id", nullable = false, updatable = false)
    public long accountId;

    @Column(name = "file_name", updatable = false)
    public String fileName;

    /** A StatementFormat's JSON code: csv, ofx-sgml, ofx-xml, qif, camt.053. */
    @Column(nullable = false, updatable = false)
    public String format;

    /** An {@link ImportStatus} code. */
    @Column(nullable = false)
    public String status;

    @Column(name = "total_rows", nullable = false)
    public int totalRows;

    @Column(name = "new_rows", nullable = false)
    public int newRows;

    @Column(name = "duplicate_rows", nullable = false)
    public int duplicateRows;

    @Column(name = "invalid_rows", nullable = false)
    public int invalidRows;

    @Column(name = "imported_rows", nullable = false)
    public int importedRows;

    @Column(name = "opening_balance_minor")
    public Long openingBalanceMinor;

    @Convert(converter = EpochDayConverter.class)
    @Column(name = "opening_balance_on")
    public LocalDate openingBalanceOn;

    /** JSON: the reading options used (CSV dialect and mapping, QIF date order, profile). */
    public String options;

    /** JSON array of the parser's notes. */
    public String notes;

    @Convert(converter = InstantMicrosConverter.class)
    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Convert(converter = InstantMicrosConverter.class)
    @Column(name = "committed_at")
    public Instant committedAt;

    @Convert(converter = InstantMicrosConverter.class)
    @Column(name = "undone_at")
    public Instant undoneAt;
}
