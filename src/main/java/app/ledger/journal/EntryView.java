package app.ledger.journal;

import app.ledger.money.Money;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;

/**
 * One history row as the API shows it: amounts are unsigned decimal strings, the type gives the direction.
 * {@code occurredOn} is the day the money moved, {@code recordedAt} when it was recorded ({@code createdAt}
 * is the same instant, under its older name).
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@RegisterForReflection
public record EntryView(long id, long accountId, long seq, String type, String amount, String balanceAfter,
        String currency, LocalDate occurredOn, Instant recordedAt, Instant createdAt, String description,
        CategoryRef category, String payee, List<String> tags, String notes, String transferId,
        Long counterpartAccountId, Long reversalOf, Long reversedBy) {

    /** @param category how the entry's category shows, null when it has none */
    public static EntryView of(Entry entry, Currency currency, CategoryRef category) {
        return new EntryView(entry.id, entry.accountId, entry.seq, entry.type.code(),
                Money.format(entry.amountMinor, currency), Money.format(entry.balanceAfterMinor, currency),
                currency.getCurrencyCode(), entry.occurredOn, entry.createdAt, entry.createdAt, entry.description,
                category, entry.payee, Tags.decode(entry.tags), entry.notes, entry.transferId,
                entry.counterpartAccountId, entry.reversalOf, entry.reversedBy);
    }

    /** @param categories the owner's categories by id: at least the entry's own */
    public static EntryView of(Entry entry, Currency currency, Map<Long, CategoryRef> categories) {
        return of(entry, currency, entry.categoryId == null ? null : categories.get(entry.categoryId));
    }
}
