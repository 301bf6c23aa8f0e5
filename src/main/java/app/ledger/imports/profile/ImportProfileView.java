package app.ledger.imports.profile;

import app.ledger.imports.csv.CsvDialect;
import app.ledger.imports.csv.CsvMapping;
import java.time.Instant;

/** A saved mapping profile as the API shows it. */
public record ImportProfileView(long id, String name, String headerFingerprint, CsvMapping mapping,
        CsvDialect dialect, Instant createdAt, Instant updatedAt) {
}
