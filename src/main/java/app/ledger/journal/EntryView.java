package app.ledger.journal;

import app.ledger.money.Money;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import java.util.Currency;

/** One history row as the API shows it: amounts are unsigned decimal strings, the type gives the direction. */
@JsonInclude(JsonInclude.Include.ALWAYS)
@RegisterForReflection
public record EntryView(long id, long accountId, long seq, String type, String amount, String balanceAfter,
        String currency, String description, String category, Instant createdAt, String transferId,
        Long counterpartAccountId) {

    public static EntryView of(Entry entry, Currency currency) {
        return new EntryView(entry.id, entry.accountId, entry.seq, entry.type.code(),
                Money.format(entry.amountMinor, currency), Money.format(entry.balanceAfterMinor, currency),
                currency.getCurrencyCode(), entry.description, entry.category, entry.createdAt, entry.transferId,
                entry.counterpartAccountId);
    }
}
