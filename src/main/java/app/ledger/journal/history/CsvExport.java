package app.ledger.journal.history;

import io.smallrye.mutiny.Multi;

/** A CSV export, checked and ready to stream: the account it is of (for the file name) and its lines. */
public record CsvExport(String accountName, Multi<String> lines) {
}
