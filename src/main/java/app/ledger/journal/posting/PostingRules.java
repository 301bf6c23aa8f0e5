package app.ledger.journal.posting;

import app.ledger.account.Account;
import app.ledger.account.AccountAccess;
import app.ledger.account.Permission;
import app.ledger.journal.Entry;
import app.ledger.journal.EntryType;
import app.ledger.journal.EntryView;
import app.ledger.journal.SearchText;
import app.ledger.journal.integrity.EntryHash;
import app.ledger.money.Money;
import app.ledger.problem.InvalidInputException;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The posting rules, with no I/O: whether a command may be applied to the accounts as they stand, and the
 * entries it appends. Each applied command moves its accounts' balance and chain head at once, so the
 * next command of the same batch sees them.
 */
final class PostingRules {

    private PostingRules() {
    }

    /** The entries of an applied command and its answer (rendered once the entries have their ids). */
    record Posted(List<Entry> entries, Currency currency, Supplier<Object> view) {
    }

    /** Applies the command to the locked accounts or throws the problem that refuses it. */
    static Posted apply(LedgerCommand command, Map<Long, Account> locked, Supplier<Instant> clock) {
        return command instanceof LedgerCommand.Posting posting ? post(posting, locked, clock)
                : transfer((LedgerCommand.Transfer) command, locked, clock);
    }

    private static Posted post(LedgerCommand.Posting command, Map<Long, Account> locked, Supplier<Instant> clock) {
        Account account = writable(locked, command.accountId(), command.userId());
        Currency currency = Currency.getInstance(account.currency);
        long amount = amountIn(command.amount(), currency);
        long after = balanceAfter(account, command.type(), amount, currency);
        Entry entry = append(account, command.type(), amount, after, currency, clock.get(), command.description(),
                command.category(), command.idempotencyKey(), null, null);
        return new Posted(List.of(entry), currency,
                () -> new PostingView(EntryView.of(entry, currency), Money.format(after, currency)));
    }

    private static Posted transfer(LedgerCommand.Transfer command, Map<Long, Account> locked,
            Supplier<Instant> clock) {
        Account from = writable(locked, command.fromAccountId(), command.userId());
        Account to = writable(locked, command.toAccountId(), command.userId());
        if (!from.currency.equals(to.currency)) {
            throw new InvalidInputException("toAccountId", "Transfers go only between accounts of the same "
                    + "currency: choose an account in " + from.currency + " to transfer to.");
        }
        Currency currency = Currency.getInstance(from.currency);
        long amount = amountIn(command.amount(), currency);
        long fromAfter = balanceAfter(from, EntryType.TRANSFER_OUT, amount, currency);
        long toAfter = balanceAfter(to, EntryType.TRANSFER_IN, amount, currency);
        String transferId = UUID.randomUUID().toString();
        Entry out = append(from, EntryType.TRANSFER_OUT, amount, fromAfter, currency, clock.get(),
                command.description(), null, command.idempotencyKey(), transferId, to.id);
        Entry in = append(to, EntryType.TRANSFER_IN, amount, toAfter, currency, clock.get(), command.description(),
                null, command.idempotencyKey(), transferId, from.id);
        return new Posted(List.of(out, in), currency, () -> new TransferView(transferId,
                new PostingView(EntryView.of(out, currency), Money.format(fromAfter, currency)),
                new PostingView(EntryView.of(in, currency), Money.format(toAfter, currency))));
    }

    private static Account writable(Map<Long, Account> locked, long accountId, long userId) {
        return AccountAccess.check(locked.get(accountId), accountId, userId, Permission.WRITE);
    }

    static long amountIn(String text, Currency currency) {
        Money.Result parsed = Money.parse(text, currency);
        return parsed.money().orElseThrow(() -> new InvalidInputException("amount", parsed.problem())).minor();
    }

    /** The balance after the entry: never below zero, never beyond what a long holds. */
    static long balanceAfter(Account account, EntryType type, long amount, Currency currency) {
        if (type.sign() < 0) {
            if (account.balanceMinor < amount) {
                throw new InsufficientFundsException(account.balanceMinor, amount, currency);
            }
            return account.balanceMinor - amount;
        }
        try {
            return Math.addExact(account.balanceMinor, amount);
        } catch (ArithmeticException overflow) {
            throw new BalanceLimitException();
        }
    }

    private static Entry append(Account account, EntryType type, long amount, long balanceAfter, Currency currency,
            Instant at, String description, String category, String idempotencyKey, String transferId,
            Long counterpart) {
        Entry entry = new Entry();
        entry.accountId = account.id;
        entry.userId = account.userId;
        entry.seq = account.entryCount + 1;
        entry.type = type;
        entry.amountMinor = amount;
        entry.balanceAfterMinor = balanceAfter;
        entry.description = description;
        entry.searchText = SearchText.fold(description);
        entry.category = category;
        entry.createdAt = at;
        entry.idempotencyKey = idempotencyKey;
        entry.transferId = transferId;
        entry.counterpartAccountId = counterpart;
        entry.prevHash = account.lastHash;
        entry.hash = EntryHash.of(entry, currency.getCurrencyCode());
        account.append(balanceAfter, entry.hash);
        return entry;
    }
}
