package app.ledger.journal.posting;

import app.ledger.money.Money;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * 409 insufficient-funds for a whole statement import or its undo: nothing was written. The members say which
 * row (or, for an undo, the shortfall) in the API's own form besides the sentence for people.
 */
public final class ImportOverdraftException extends InsufficientFundsException {

    private ImportOverdraftException(long balanceMinor, long amountMinor, Currency currency, String detail,
            Map<String, Object> more) {
        super(balanceMinor, amountMinor, currency, detail, more, null);
    }

    /**
     * A withdrawal of the statement that the balance would not cover when its turn comes.
     *
     * @param opening the opening balance the statement states and the commit leaves out, or null
     */
    static ImportOverdraftException row(ImportLine line, long balanceMinor, Currency currency, ImportLine opening) {
        long amount = -line.amountMinor();
        String code = " " + currency.getCurrencyCode();
        StringBuilder detail = new StringBuilder("Row ").append(line.rowNo()).append(" (").append(line.occurredOn())
                .append(") takes ").append(Money.formatForPeople(amount, currency)).append(code)
                .append(" out, but the balance would be ").append(Money.formatForPeople(balanceMinor, currency))
                .append(code).append(" by then, and it cannot go below zero. Nothing was imported.");
        if (opening != null) {
            detail.append(" The statement gives an opening balance of ")
                    .append(Money.formatForPeople(opening.amountMinor(), currency)).append(code).append(" on ")
                    .append(opening.occurredOn()).append(": import it with the opening balance to start from it.");
        } else {
            detail.append(" Record the money that was in the account before the statement starts, or skip rows.");
        }
        Map<String, Object> more = new LinkedHashMap<>();
        more.put("row", line.rowNo());
        more.put("occurredOn", line.occurredOn().toString());
        more.put("openingBalanceOffered", opening != null);
        return new ImportOverdraftException(balanceMinor, amount, currency, detail.toString(), more);
    }

    /** Reversing the import's entries would end below zero: part of its deposits has been spent since. */
    static ImportOverdraftException undo(long balanceMinor, long takenMinor, Currency currency) {
        String code = " " + currency.getCurrencyCode();
        String detail = "Undoing this import takes " + Money.formatForPeople(takenMinor, currency) + code
                + " out of the account, more than its balance of " + Money.formatForPeople(balanceMinor, currency)
                + code + ": money the import brought in has been spent or moved since. Nothing was reversed.";
        return new ImportOverdraftException(balanceMinor, takenMinor, currency, detail, Map.of());
    }
}
