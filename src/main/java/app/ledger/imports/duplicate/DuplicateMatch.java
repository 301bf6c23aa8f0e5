package app.ledger.imports.duplicate;

/** A row found to be already in the ledger as {@code entry}, and why. */
public record DuplicateMatch(ExistingEntry entry, Basis basis) {

    public enum Basis {
        /** The row's bank reference is the entry's. */
        BANK_ID,
        /** The same amount a few days apart, with a similar payee or description. */
        AMOUNT_DATE_AND_TEXT
    }
}
