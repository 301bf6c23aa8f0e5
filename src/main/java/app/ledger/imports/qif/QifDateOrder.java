package app.ledger.imports.qif;

/** Whether a QIF file writes the day or the month first ({@code 31.01.2026} or {@code 1/31/2026}). */
public enum QifDateOrder {
    DAY_MONTH,
    MONTH_DAY
}
