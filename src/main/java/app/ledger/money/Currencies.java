package app.ledger.money;

import java.util.Currency;
import java.util.Optional;
import java.util.regex.Pattern;

/** ISO 4217 currencies that money can be kept in (codes with a fixed number of minor digits). */
public final class Currencies {

    private static final Pattern CODE = Pattern.compile("[A-Z]{3}");

    private Currencies() {
    }

    public static Optional<Currency> find(String code) {
        if (code == null || !CODE.matcher(code).matches()) {
            return Optional.empty();
        }
        try {
            Currency currency = Currency.getInstance(code);
            return currency.getDefaultFractionDigits() < 0 ? Optional.empty() : Optional.of(currency);
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }
}
