package app.ledger.imports.statement;

/** How much of a file the parsers read before refusing it with {@link ImportTooLargeException}. */
public record ImportLimits(long maxBytes, int maxRows) {

    public ImportLimits {
        if (maxBytes <= 0 || maxRows <= 0) {
            throw new IllegalArgumentException("Import limits must be positive");
        }
    }
}
