package app.ledger.money;

import io.quarkus.runtime.annotations.RegisterForReflection;

/** A currency accounts can be kept in: its ISO 4217 code, English name and number of decimal places. */
@RegisterForReflection
public record CurrencyView(String code, String name, int minorDigits) {
}
