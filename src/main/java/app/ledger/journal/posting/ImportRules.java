package app.ledger.journal.posting;

import app.ledger.account.Account;
import app.ledger.category.Category;
import app.ledger.journal.Entry;
import app.ledger.journal.EntryLimits;
import app.ledger.journal.EntryType;
import app.ledger.journal.payee.PayeeUse;
import app.ledger.money.Money;
import app.ledger.problem.InvalidInputException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * The posting rules of a statement import, with no I/O: its commit appends every row or none, its undo
 * reverses every entry it appended that is not reversed yet, or none. As everywhere in the ledger, every check
 * comes before the first change, and the balance never goes below zero after any entry.
 */
final class ImportRules {

    static final String COMMITTED = "committed";
    static final String UNDONE = "undone";

    private ImportRules() {
    }

    /** The rows in date order, then file order, after the opening balance when it is deposited. */
    static List<ImportLine> ordered(LedgerCommand.Import command) {
        List<ImportLine> ordered = new ArrayList<>(command.size());
        if (command.withOpening()) {
            ordered.add(command.opening());
        }
        command.lines().stream()
                .sorted(Comparator.comparing(ImportLine::occurredOn).thenComparingInt(ImportLine::rowNo))
                .forEach(ordered::add);
        return ordered;
    }

    static PostingRules.Posted commit(LedgerCommand.Import command, PostingRules.Context context) {
        Account account = PostingRules.writable(context.accounts(), command.accountId(), command.userId());
        Currency currency = Currency.getInstance(account.currency);
        if (!account.currency.equals(command.currency())) {
            throw new InvalidInputException("currency", "The statement is in " + command.currency()
                    + ", but the account keeps " + account.currency + ": import it into an account in "
                    + command.currency() + ".");
        }
        List<ImportLine> lines = ordered(command);
        Instant now = context.clock().get();
        LocalDate latest = EntryLimits.latestOccurredOn(LocalDate.ofInstant(now, context.zone(command.userId())));
        ImportLine suggested = command.withOpening() ? null : command.opening();
        long balance = account.balanceMinor;
        for (ImportLine line : lines) {
            check(line, latest);
            if (line.amountMinor() < 0 && balance < -line.amountMinor()) {
                throw ImportOverdraftException.row(line, balance, currency, suggested);
            }
            try {
                balance = Math.addExact(balance, line.amountMinor());
            } catch (ArithmeticException overflow) {
                throw new BalanceLimitException();
            }
        }
        List<Entry> appended = new ArrayList<>(lines.size());
        List<PayeeUse> payees = new ArrayList<>();
        for (ImportLine line : lines) {
            EntryType type = line.amountMinor() > 0 ? EntryType.DEPOSIT : EntryType.WITHDRAWAL;
            long amount = Math.abs(line.amountMinor());
            long after = PostingRules.balanceAfter(account, type, amount, currency);
            Entry entry = PostingRules.append(account, type, amount, after, currency, context.clock().get(),
                    line.occurredOn(), new PostingRules.Meta(line.description(),
                            choosable(line.categoryId(), command.userId(), context), line.payee(), List.of(), null),
                    null, null, null, null, null, context.ids());
            entry.importId = command.importId();
            entry.bankReference = line.bankReference();
            appended.add(entry);
            if (entry.payee != null) {
                payees.add(PayeeUse.added(entry.userId, entry.payee, entry.occurredOn));
            }
        }
        Entry last = appended.get(appended.size() - 1);
        return new PostingRules.Posted(appended, List.of(), payees, List.of(), List.of(),
                new ImportCommittedView(command.importId(), COMMITTED, appended.size(),
                        Money.format(account.balanceMinor, currency)),
                new ImportSummary(command.importId(), account.id, COMMITTED, appended.size(), 0, last.id));
    }

    private static void check(ImportLine line, LocalDate latest) {
        if (line.amountMinor() == 0 || line.amountMinor() == Long.MIN_VALUE) {
            throw new InvalidInputException("rows", "Row " + line.rowNo() + " moves no money: skip it.");
        }
        if (line.occurredOn().isBefore(EntryLimits.EARLIEST_OCCURRED_ON) || line.occurredOn().isAfter(latest)) {
            throw new InvalidInputException("rows", "Row " + line.rowNo() + " is dated " + line.occurredOn()
                    + ": an entry is dated from " + EntryLimits.EARLIEST_OCCURRED_ON + " to " + latest
                    + ". Skip the row.");
        }
    }

    /**
     * The category matched by name when the owner may still choose it; archived (or deleted) since the match,
     * the row goes in without one rather than failing the whole import.
     */
    private static Long choosable(Long categoryId, long ownerId, PostingRules.Context context) {
        if (categoryId == null) {
            return null;
        }
        Category category = context.categories().get(categoryId);
        return category != null && category.userId == ownerId && !category.archived() ? categoryId : null;
    }

    /**
     * Reverses the entries the import appended that are not reversed yet, on their own days. Those that give
     * money back (reversals of withdrawals) go first, newest first, then those that take it: so the balance
     * only fails to cover the undo when it would end below zero.
     */
    static PostingRules.Posted undo(LedgerCommand.ImportUndo command, PostingRules.Context context) {
        Account account = PostingRules.writable(context.accounts(), command.accountId(), command.userId());
        Currency currency = Currency.getInstance(account.currency);
        List<Entry> imported = context.entries().values().stream()
                .filter(e -> Objects.equals(e.importId, command.importId()) && e.accountId == account.id
                        && e.reversalOf == null)
                .sorted(Comparator.comparingLong((Entry e) -> e.id).reversed())
                .toList();
        List<Entry> open = imported.stream().filter(e -> e.reversedBy == null).toList();
        List<Entry> order = new ArrayList<>(open.size());
        open.stream().filter(e -> e.type == EntryType.WITHDRAWAL).forEach(order::add);
        open.stream().filter(e -> e.type != EntryType.WITHDRAWAL).forEach(order::add);
        long net = 0;
        for (Entry entry : order) {
            net = Math.subtractExact(net, entry.signedAmount());
        }
        if (net < 0 && account.balanceMinor < -net) {
            throw ImportOverdraftException.undo(account.balanceMinor, -net, currency);
        }
        List<Entry> appended = new ArrayList<>(order.size());
        List<PostingRules.Update> links = new ArrayList<>(order.size());
        for (Entry original : order) {
            PostingRules.Reversed reversed = PostingRules.reverseOne(original, account, original.occurredOn,
                    context.clock().get(), null, null, command.userId(), context);
            appended.add(reversed.reversal());
            links.add(reversed.link());
        }
        long lastOrder = links.isEmpty() ? -1 : links.get(links.size() - 1).editId();
        return new PostingRules.Posted(appended, links, List.of(), List.of(), List.of(),
                new ImportUndoneView(command.importId(), UNDONE, appended.size(),
                        Money.format(account.balanceMinor, currency)),
                new ImportSummary(command.importId(), account.id, UNDONE, imported.size(), appended.size(),
                        lastOrder));
    }
}
