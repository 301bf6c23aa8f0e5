package app.ledger.imports.statement;

/** A transaction that could not be read, with a reason written for the person importing the file. */
public record InvalidRow(int line, String reason) implements ParsedRow {
}
