package app.ledger.journal;

import app.ledger.money.Money;
import com.fasterxml.jackson.annotation.JsonInclude;
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
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@RegisterForReflection
public record EntryView(long id, long accountId, AccountRef account, long seq, String type, String amount,
        String balanceAfter, String runningBalance, String currency, LocalDate occurredOn, Instant recordedAt,
        Instant createdAt, String description, CategoryRef category, String payee, List<String> tags, String notes,
        String transferId, Long counterpartAccountId, AccountRef counterpartAccount, Long reversalOf,
        Long reversedBy) {

    /**
     * @param category how the entry's category shows, null when it has none
     * @param accounts the account of an id as the reader may see it, or null
     */
    public static EntryView of(Entry entry, Currency currency, CategoryRef category,
            LongFunction<AccountRef> accounts) {
        return new EntryView(entry.id, entry.accountId, accounts.apply(entry.accountId), entry.seq,
                entry.type.code(), Money.format(entry.amountMinor, currency),
                Money.format(entry.balanceAfterMinor, currency), null, currency.getCurrencyCode(), entry.occurredOn,
                entry.createdAt, entry.createdAt, entry.description, category, entry.payee, Tags.decode(entry.tags),
                entry.notes, entry.transferId, entry.counterpartAccountId,
                entry.counterpartAccountId == null ? null : accounts.apply(entry.counterpartAccountId),
                entry.reversalOf, entry.reversedBy);
    }

    /** @param categories the owner's categories by id: at least the entry's own */
    public static EntryView of(Entry entry, Currency currency, Map<Long, CategoryRef> categories,
            LongFunction<AccountRef> accounts) {
        return of(entry, currency, entry.categoryId == null ? null : categories.get(entry.categoryId), accounts);
    }

    /** The same row with its balance in the order of the list it is shown in. */
    public EntryView withRunningBalance(String balance) {
        return new EntryView(id, accountId, account, seq, type, amount, balanceAfter, balance, currency, occurredOn,
                recordedAt, createdAt, description, category, payee, tags, notes, transferId, counterpartAccountId,
                counterpartAccount, reversalOf, reversedBy);
    }
}
