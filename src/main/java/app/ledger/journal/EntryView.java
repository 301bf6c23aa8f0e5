package app.ledger.journal;

import app.ledger.money.ImpliedRate;
import app.ledger.money.Money;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;

/**
 * One history row as the API shows it: amounts are unsigned decimal strings, the type gives the direction.
 * {@code occurredOn} is the day the money moved, {@code recordedAt} when it was recorded ({@code createdAt}
 * is the same instant, under its older name). {@code balanceAfter} is the balance after the entry in recording
 * order (the chain's); {@code runningBalance} the balance after it in the order of the list it is shown in,
 * null outside a history page. {@code account} and {@code counterpartAccount} name the accounts by id and name
 * only, and only accounts the reader may see (otherwise null).
 *
 * <p>A transfer leg shows the other leg's amount and currency ({@code counterAmount}, {@code counterCurrency})
 * and, when they differ from its own, the {@code rate} of the transfer: units of the target currency per
 * unit of the source currency, the same on both legs. All three are null on entries that are not transfers.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonSerialize(using = EntryViewSerializer.class)
@RegisterForReflection
public record EntryView(long id, long accountId, AccountRef account, long seq, String type, String amount,
        String balanceAfter, String runningBalance, String currency, LocalDate occurredOn, Instant recordedAt,
        Instant createdAt, String description, CategoryRef category, String payee, List<String> tags, String notes,
        String transferId, Long counterpartAccountId, AccountRef counterpartAccount, Long reversalOf,
        Long reversedBy, String rate, String counterAmount, String counterCurrency) {

    /**
     * @param category how the entry's category shows, null when it has none
     * @param accounts the account of an id as the reader may see it, or null
     */
    public static EntryView of(Entry entry, Currency currency, CategoryRef category,
            LongFunction<AccountRef> accounts) {
        return of(entry, currency, category, accounts, null);
    }

    /** @param runningBalance the balance after the entry in the order of the list it is shown in */
    public static EntryView of(Entry entry, Currency currency, CategoryRef category,
            LongFunction<AccountRef> accounts, String runningBalance) {
        Money counter = counterOf(entry, currency);
        return new EntryView(entry.id, entry.accountId, accounts.apply(entry.accountId), entry.seq,
                entry.type.code(), Money.format(entry.amountMinor, currency),
                Money.format(entry.balanceAfterMinor, currency), runningBalance, currency.getCurrencyCode(),
                entry.occurredOn, entry.createdAt, entry.createdAt, entry.description, category, entry.payee,
                Tags.decode(entry.tags), entry.notes, entry.transferId, entry.counterpartAccountId,
                entry.counterpartAccountId == null ? null : accounts.apply(entry.counterpartAccountId),
                entry.reversalOf, entry.reversedBy, rateOf(entry, currency, counter),
                counter == null ? null : Money.format(counter.minor(), counter.currency()),
                counter == null ? null : counter.currency().getCurrencyCode());
    }

    /** The other leg of a transfer: as recorded, or for legs recorded before it was, the same as this one. */
    private static Money counterOf(Entry entry, Currency currency) {
        if (entry.transferId == null) {
            return null;
        }
        return entry.counterAmountMinor == null ? Money.of(entry.amountMinor, currency)
                : Money.of(entry.counterAmountMinor, Currency.getInstance(entry.counterCurrency));
    }

    private static String rateOf(Entry entry, Currency currency, Money counter) {
        if (counter == null) {
            return null;
        }
        Money own = Money.of(entry.amountMinor, currency);
        return entry.type == EntryType.TRANSFER_OUT ? ImpliedRate.of(own, counter) : ImpliedRate.of(counter, own);
    }

    /** @param categories the owner's categories by id: at least the entry's own */
    public static EntryView of(Entry entry, Currency currency, Map<Long, CategoryRef> categories,
            LongFunction<AccountRef> accounts) {
        return of(entry, currency, entry.categoryId == null ? null : categories.get(entry.categoryId), accounts);
    }
}
