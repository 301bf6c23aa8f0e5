package app.ledger.journal.posting;

import app.ledger.money.Money;
import app.ledger.problem.FieldError;
import app.ledger.problem.ProblemException;
import java.util.Collections;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 409: the balance does not cover the amount. Says both amounts for people ({@code 1,020.00 USD}) and, as
 * members {@code balance}, {@code amount} and {@code currency}, in the API's own form, so that a client can
 * say it again in its user's language; the refusal concerns the {@code amount} field.
 */
public class InsufficientFundsException extends ProblemException {

    private final Map<String, Object> members;
    private final List<FieldError> fieldErrors;

    public InsufficientFundsException(long balanceMinor, long amountMinor, Currency currency) {
        this(balanceMinor, amountMinor, currency, describe(balanceMinor, amountMinor, currency), Map.of(),
                "amount");
    }

    /**
     * @param more members written after balance, amount and currency
     * @param field the request field the refusal concerns, or null for none
     */
    protected InsufficientFundsException(long balanceMinor, long amountMinor, Currency currency, String detail,
            Map<String, Object> more, String field) {
        super(409, "insufficient-funds", "Insufficient funds", detail);
        Map<String, Object> named = new LinkedHashMap<>();
        named.put("balance", Money.format(balanceMinor, currency));
        named.put("amount", Money.format(amountMinor, currency));
        named.put("currency", currency.getCurrencyCode());
        named.putAll(more);
        members = Collections.unmodifiableMap(named);
        fieldErrors = field == null ? List.of() : List.of(new FieldError(field, detail));
    }

    private static String describe(long balanceMinor, long amountMinor, Currency currency) {
        String code = currency.getCurrencyCode();
        return "The balance of " + Money.formatForPeople(balanceMinor, currency) + " " + code + " does not cover "
                + Money.formatForPeople(amountMinor, currency) + " " + code + ".";
    }

    @Override
    public Map<String, Object> members() {
        return members;
    }

    @Override
    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }
}
