package app.ledger.journal.spending;

import app.ledger.journal.Entry;
import app.ledger.journal.EntryType;

/**
 * What one entry adds to income and to expense, with no I/O. A deposit is income and a withdrawal is
 * expense; a reversal takes its amount away again, on its own day and in its own category, from the side of
 * the entry it cancels: a withdrawal that reverses a deposit takes from income, a deposit that reverses a
 * withdrawal takes from expense. So an entry and its reversal cancel out in a total that covers both days.
 * Transfers move money between the user's own accounts and are neither.
 */
public record CategoryFlow(long incomeMinor, long expenseMinor) {

    public static final CategoryFlow NONE = new CategoryFlow(0, 0);

    public static CategoryFlow of(Entry entry) {
        return of(entry.type, entry.reversalOf != null, entry.amountMinor);
    }

    public static CategoryFlow of(EntryType type, boolean reversal, long amountMinor) {
        return switch (type) {
            case DEPOSIT -> reversal ? new CategoryFlow(0, -amountMinor) : new CategoryFlow(amountMinor, 0);
            case WITHDRAWAL -> reversal ? new CategoryFlow(-amountMinor, 0) : new CategoryFlow(0, amountMinor);
            case TRANSFER_IN, TRANSFER_OUT -> NONE;
        };
    }

    public boolean isNone() {
        return incomeMinor == 0 && expenseMinor == 0;
    }

    public CategoryFlow plus(CategoryFlow other) {
        return new CategoryFlow(Math.addExact(incomeMinor, other.incomeMinor),
                Math.addExact(expenseMinor, other.expenseMinor));
    }

    public CategoryFlow negated() {
        return new CategoryFlow(-incomeMinor, -expenseMinor);
    }
}
