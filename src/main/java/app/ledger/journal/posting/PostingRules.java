package app.ledger.journal.posting;

import app.ledger.account.Account;
import app.ledger.account.AccountAccess;
import app.ledger.account.AccountNotFoundException;
import app.ledger.account.Permission;
import app.ledger.category.Category;
import app.ledger.category.CategoryRules;
import app.ledger.journal.AccountRef;
import app.ledger.journal.CategoryRef;
import app.ledger.journal.ChangeValues;
import app.ledger.journal.Entry;
import app.ledger.journal.EntryChange;
import app.ledger.journal.EntryLimits;
import app.ledger.journal.EntryNotFoundException;
import app.ledger.journal.EntryType;
import app.ledger.journal.EntryView;
import app.ledger.journal.Tags;
import app.ledger.journal.integrity.EntryHash;
import app.ledger.journal.payee.PayeeUse;
import app.ledger.journal.spending.CategoryTotals;
import app.ledger.journal.spending.LabelTotals;
import app.ledger.money.Money;
import app.ledger.problem.InvalidInputException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The posting rules, with no I/O: whether a command may be applied to the accounts and entries as they
 * stand, the entries it appends and the entries it changes. Each applied command moves its accounts' balance
 * and chain head at once, so the next command of the same batch sees them. Every check comes before the
 * first change, so a refused command leaves everything as it found it.
 */
final class PostingRules {

    private PostingRules() {
    }

    /**
     * What the rules see: the accounts locked for the batch, the entries it acts on (with the other legs of
     * their transfers), the categories it names or shows, each user's time zone, the writer's clock, and the
     * counter that numbers entries and edits in commit order.
     */
    record Context(Map<Long, Account> accounts, Map<Long, Entry> entries, Map<Long, Category> categories,
            Map<Long, ZoneId> zones, Supplier<Instant> clock, LongSupplier ids) {

        ZoneId zone(long userId) {
            return zones.getOrDefault(userId, ZoneOffset.UTC);
        }

        EntryView view(Entry entry) {
            Category category = entry.categoryId == null ? null : categories.get(entry.categoryId);
            CategoryRef ref = category == null ? null : category.ref();
            return EntryView.of(entry, Currency.getInstance(accounts.get(entry.accountId).currency), ref, id -> {
                // the owner's accounts only: the views go to the owner's streams and answers
                Account account = accounts.get(id);
                return account == null || account.userId != entry.userId ? null : new AccountRef(id, account.name);
            });
        }
    }

    /** An entry that an applied command changed in place, by the edit {@code editId}. */
    record Update(Entry entry, long editId, List<EntryChange> changes) {
    }

    /**
     * What an applied command appends and changes, the payee uses it adds or takes away, the entries it moves
     * to another category, and its answer.
     */
    record Posted(List<Entry> appended, List<Update> updates, List<PayeeUse> payees,
            List<CategoryTotals.Move> recategorised, List<LabelTotals.Move> relabelled, Object view,
            ImportSummary summary) {

        Posted(List<Entry> appended, List<Update> updates, Object view) {
            this(appended, updates, List.of(), List.of(), List.of(), view, null);
        }

        Posted(List<Entry> appended, List<Update> updates, List<PayeeUse> payees, Object view) {
            this(appended, updates, payees, List.of(), List.of(), view, null);
        }

        Posted(List<Entry> appended, List<Update> updates, List<PayeeUse> payees,
                List<CategoryTotals.Move> recategorised, List<LabelTotals.Move> relabelled, Object view) {
            this(appended, updates, payees, recategorised, relabelled, view, null);
        }
    }

    /** The metadata of a new entry. */
    record Meta(String description, Long categoryId, String payee, List<String> tags, String notes) {
    }

    /** Applies the command or throws the problem that refuses it. */
    static Posted apply(LedgerCommand command, Context context) {
        if (command instanceof LedgerCommand.Posting posting) {
            return post(posting, context);
        }
        if (command instanceof LedgerCommand.Transfer transfer) {
            return transfer(transfer, context);
        }
        if (command instanceof LedgerCommand.Reversal reversal) {
            return reverse(reversal, context);
        }
        if (command instanceof LedgerCommand.Import statement) {
            return ImportRules.commit(statement, context);
        }
        if (command instanceof LedgerCommand.ImportUndo undo) {
            return ImportRules.undo(undo, context);
        }
        return edit((LedgerCommand.Edit) command, context);
    }

    private static Posted post(LedgerCommand.Posting command, Context context) {
        Account account = writable(context.accounts(), command.accountId(), command.userId());
        Currency currency = Currency.getInstance(account.currency);
        long amount = amountIn(command.amount(), currency);
        EntryDetails details = command.details();
        Long categoryId = chosenCategory(details.categoryId(), command.userId(), context);
        Instant at = context.clock().get();
        LocalDate day = dayOf(details.occurredOn(), at, context.zone(command.userId()));
        long after = balanceAfter(account, command.type(), amount, currency);
        Entry entry = append(account, command.type(), amount, after, currency, at, day,
                new Meta(details.description(), categoryId, details.payee(), details.tags(), details.notes()),
                command.idempotencyKey(), null, null, null, null, context.ids());
        List<PayeeUse> payees = entry.payee == null ? List.of()
                : List.of(PayeeUse.added(entry.userId, entry.payee, entry.occurredOn));
        return new Posted(List.of(entry), List.of(), payees,
                new PostingView(context.view(entry), Money.format(after, currency)));
    }

    /**
     * Moves {@code amount} out of the source account and {@code toAmount} into the target account, in their
     * own currencies; between accounts of one currency both are the same amount. Each leg records the other
     * leg's amount and currency, from which its view shows the rate.
     */
    private static Posted transfer(LedgerCommand.Transfer command, Context context) {
        Account from = writable(context.accounts(), command.fromAccountId(), command.userId());
        Account to = writable(context.accounts(), command.toAccountId(), command.userId());
        Currency source = Currency.getInstance(from.currency);
        Currency target = Currency.getInstance(to.currency);
        long amount = amountIn(command.amount(), source);
        long toAmount = arriving(command.toAmount(), amount, source, target);
        EntryDetails details = command.details();
        Instant at = context.clock().get();
        LocalDate day = dayOf(details.occurredOn(), at, context.zone(command.userId()));
        long fromAfter = balanceAfter(from, EntryType.TRANSFER_OUT, amount, source);
        long toAfter = balanceAfter(to, EntryType.TRANSFER_IN, toAmount, target);
        String transferId = UUID.randomUUID().toString();
        Meta meta = new Meta(details.description(), null, null, details.tags(), details.notes());
        Entry out = append(from, EntryType.TRANSFER_OUT, amount, fromAfter, source, at, day, meta,
                command.idempotencyKey(), transferId, to.id, Money.of(toAmount, target), null, context.ids());
        Entry in = append(to, EntryType.TRANSFER_IN, toAmount, toAfter, target, context.clock().get(), day, meta,
                command.idempotencyKey(), transferId, from.id, Money.of(amount, source), null, context.ids());
        return new Posted(List.of(out, in), List.of(), new TransferView(transferId,
                new PostingView(context.view(out), Money.format(fromAfter, source)),
                new PostingView(context.view(in), Money.format(toAfter, target))));
    }

    /**
     * What arrives in the target account, in its currency: {@code toAmount}, which a transfer between two
     * currencies must give; between accounts of one currency the amount sent, which {@code toAmount} may
     * only repeat.
     */
    static long arriving(String toAmount, long amount, Currency source, Currency target) {
        if (source.equals(target)) {
            if (toAmount != null && amountIn("toAmount", toAmount, target) != amount) {
                throw new InvalidInputException("toAmount", "Both accounts are in " + target.getCurrencyCode()
                        + ", so the amount that arrives is the amount sent: leave this out or enter "
                        + Money.formatForPeople(amount, target) + ".");
            }
            return amount;
        }
        if (toAmount == null) {
            throw new InvalidInputException("toAmount", "This transfer goes from " + source.getCurrencyCode()
                    + " to " + target.getCurrencyCode() + ": enter the amount that arrives in "
                    + target.getCurrencyCode() + ".");
        }
        return amountIn("toAmount", toAmount, target);
    }

    /**
     * Appends the opposite of an entry: a withdrawal for a deposit and the other way round, and for a
     * transfer a transfer back (both legs at once). The new entries carry the same amount, description,
     * category, payee and tags, the day of the entry they cancel unless another is given, and
     * {@code reversalOf}; the cancelled entries get {@code reversedBy}. The balance rules hold as for any
     * entry: a deposit that was spent cannot be reversed.
     */
    private static Posted reverse(LedgerCommand.Reversal command, Context context) {
        Entry original = accessible(command.entryId(), command.userId(), context);
        List<Entry> legs = original.transferId == null ? List.of(original) : legsOf(original, command, context);
        for (Entry leg : legs) {
            if (leg.reversalOf != null) {
                throw new ReversalOfReversalException(command.entryId(), leg.reversalOf);
            }
            if (leg.reversedBy != null) {
                throw new AlreadyReversedException(command.entryId(), leg.reversedBy);
            }
        }
        Instant at = context.clock().get();
        LocalDate day = command.occurredOn() == null ? original.occurredOn
                : dayOf(command.occurredOn(), at, context.zone(command.userId()));
        if (legs.size() == 1) {
            Account account = context.accounts().get(original.accountId);
            Reversed reversed = reverseOne(original, account, day, at, command.notes(), command.idempotencyKey(),
                    command.userId(), context);
            return new Posted(List.of(reversed.reversal()), List.of(reversed.link()),
                    new PostingView(context.view(reversed.reversal()), Money.format(
                            reversed.reversal().balanceAfterMinor, Currency.getInstance(account.currency))));
        }
        Entry out = legs.get(0);
        Entry in = legs.get(1);
        Account source = context.accounts().get(out.accountId);
        Account target = context.accounts().get(in.accountId);
        Currency sourceCurrency = Currency.getInstance(source.currency);
        Currency targetCurrency = Currency.getInstance(target.currency);
        long targetAfter = balanceAfter(target, EntryType.TRANSFER_OUT, in.amountMinor, targetCurrency);
        long sourceAfter = balanceAfter(source, EntryType.TRANSFER_IN, out.amountMinor, sourceCurrency);
        String transferId = UUID.randomUUID().toString();
        Entry back = append(target, EntryType.TRANSFER_OUT, in.amountMinor, targetAfter, targetCurrency, at, day,
                copiedMeta(in, command.notes()), command.idempotencyKey(), transferId, source.id,
                Money.of(out.amountMinor, sourceCurrency), in.id, context.ids());
        Entry home = append(source, EntryType.TRANSFER_IN, out.amountMinor, sourceAfter, sourceCurrency,
                context.clock().get(), day, copiedMeta(out, command.notes()), command.idempotencyKey(), transferId,
                target.id, Money.of(in.amountMinor, targetCurrency), out.id, context.ids());
        List<Update> links = List.of(link(in, back, command.userId(), at, context.ids()),
                link(out, home, command.userId(), at, context.ids()));
        return new Posted(List.of(back, home), links, new TransferView(transferId,
                new PostingView(context.view(back), Money.format(targetAfter, targetCurrency)),
                new PostingView(context.view(home), Money.format(sourceAfter, sourceCurrency))));
    }

    /** A reversal appended and the mark on the entry it cancels. */
    record Reversed(Entry reversal, Update link) {
    }

    /**
     * Appends the reversal of a deposit or withdrawal that is no reversal and not reversed yet, on {@code day},
     * and marks the original; refused when the balance does not allow it.
     */
    static Reversed reverseOne(Entry original, Account account, LocalDate day, Instant at, String notes,
            String idempotencyKey, long userId, Context context) {
        Currency currency = Currency.getInstance(account.currency);
        EntryType type = opposite(original.type);
        long after = balanceAfter(account, type, original.amountMinor, currency);
        Entry reversal = append(account, type, original.amountMinor, after, currency, at, day,
                copiedMeta(original, notes), idempotencyKey, null, null, null, original.id, context.ids());
        return new Reversed(reversal, link(original, reversal, userId, at, context.ids()));
    }

    /** Both legs of the entry's transfer, the outgoing one first; each must be the user's to change. */
    private static List<Entry> legsOf(Entry leg, LedgerCommand.Reversal command, Context context) {
        List<Entry> legs = context.entries().values().stream()
                .filter(e -> leg.transferId.equals(e.transferId))
                .sorted(Comparator.comparing((Entry e) -> e.type != EntryType.TRANSFER_OUT))
                .toList();
        if (legs.size() != 2) {
            throw new IllegalStateException("Transfer " + leg.transferId + " has " + legs.size() + " legs");
        }
        legs.forEach(other -> accessibleAs(other, command.entryId(), command.userId(), context));
        return legs;
    }

    private static Meta copiedMeta(Entry original, String notes) {
        return new Meta(original.description, original.categoryId, original.payee, Tags.decode(original.tags),
                notes);
    }

    static EntryType opposite(EntryType type) {
        return switch (type) {
            case DEPOSIT -> EntryType.WITHDRAWAL;
            case WITHDRAWAL -> EntryType.DEPOSIT;
            case TRANSFER_IN -> EntryType.TRANSFER_OUT;
            case TRANSFER_OUT -> EntryType.TRANSFER_IN;
        };
    }

    /** Marks the original as reversed; the mark is an edit of its own, so that open tabs learn of it. */
    private static Update link(Entry original, Entry reversal, long userId, Instant at, LongSupplier ids) {
        original.reversedBy = reversal.id;
        long editId = ids.getAsLong();
        return new Update(original, editId,
                List.of(change(editId, "reversedBy", original, userId, at, null, reversal.id)));
    }

    /**
     * Changes the metadata the edit names, when it differs from what the entry has; every changed field is
     * kept in the entry's trail. An edit that changes nothing takes no position and records nothing.
     */
    private static Posted edit(LedgerCommand.Edit command, Context context) {
        Entry entry = accessible(command.entryId(), command.userId(), context);
        EntryEdit edit = command.edit();
        List<String> tags = Tags.decode(entry.tags);
        boolean description = edit.description() != null
                && !Objects.equals(entry.description, edit.description().value());
        boolean category = edit.categoryId() != null
                && !Objects.equals(entry.categoryId, edit.categoryId().value());
        if (category) {
            chosenCategory(edit.categoryId().value(), entry.userId, context);
        }
        boolean payee = edit.payee() != null && !Objects.equals(entry.payee, edit.payee().value());
        List<String> newTags = edit.tags() == null || edit.tags().value() == null ? List.of()
                : edit.tags().value();
        boolean tagsChanged = edit.tags() != null && !tags.equals(newTags);
        boolean notes = edit.notes() != null && !Objects.equals(entry.notes, edit.notes().value());
        if (!(description || category || payee || tagsChanged || notes)) {
            return new Posted(List.of(), List.of(), context.view(entry));
        }
        long editId = context.ids().getAsLong();
        Instant at = context.clock().get();
        List<EntryChange> changes = new ArrayList<>();
        if (description) {
            changes.add(change(editId, "description", entry, command.userId(), at, entry.description,
                    edit.description().value()));
            entry.description = edit.description().value();
        }
        List<CategoryTotals.Move> recategorised = new ArrayList<>();
        if (category) {
            changes.add(change(editId, "categoryId", entry, command.userId(), at, entry.categoryId,
                    edit.categoryId().value()));
            recategorised.add(new CategoryTotals.Move(entry, entry.categoryId, edit.categoryId().value()));
            entry.categoryId = edit.categoryId().value();
        }
        List<LabelTotals.Move> relabelled = payee || tagsChanged ? List.of(new LabelTotals.Move(entry, entry.payee,
                payee ? edit.payee().value() : entry.payee, tags, tagsChanged ? newTags : tags)) : List.of();
        List<PayeeUse> payees = new ArrayList<>();
        if (payee) {
            changes.add(change(editId, "payee", entry, command.userId(), at, entry.payee, edit.payee().value()));
            if (entry.reversalOf == null) { // a reversal's payee was never counted as a use
                if (entry.payee != null) {
                    payees.add(PayeeUse.removed(entry.userId, entry.payee));
                }
                if (edit.payee().value() != null) {
                    payees.add(PayeeUse.added(entry.userId, edit.payee().value(), entry.occurredOn));
                }
            }
            entry.payee = edit.payee().value();
        }
        if (tagsChanged) {
            changes.add(change(editId, "tags", entry, command.userId(), at, tags, newTags));
            entry.tags = Tags.encode(newTags);
        }
        if (notes) {
            changes.add(change(editId, "notes", entry, command.userId(), at, entry.notes, edit.notes().value()));
            entry.notes = edit.notes().value();
        }
        entry.index();
        return new Posted(List.of(), List.of(new Update(entry, editId, changes)), payees, recategorised, relabelled,
                context.view(entry));
    }

    private static EntryChange change(long editId, String field, Entry entry, long changedBy, Instant at,
            Object oldValue, Object newValue) {
        EntryChange change = new EntryChange();
        change.id = new EntryChange.Key(editId, field);
        change.entryId = entry.id;
        change.userId = entry.userId;
        change.changedBy = changedBy;
        change.changedAt = at;
        change.oldValue = ChangeValues.encode(oldValue);
        change.newValue = ChangeValues.encode(newValue);
        return change;
    }

    static Account writable(Map<Long, Account> locked, long accountId, long userId) {
        return AccountAccess.check(locked.get(accountId), accountId, userId, Permission.WRITE);
    }

    /** The entry, when the user may change its account; otherwise 404, as for an entry that does not exist. */
    private static Entry accessible(long entryId, long userId, Context context) {
        Entry entry = context.entries().get(entryId);
        if (entry == null) {
            throw new EntryNotFoundException(entryId);
        }
        return accessibleAs(entry, entryId, userId, context);
    }

    private static Entry accessibleAs(Entry entry, long askedFor, long userId, Context context) {
        try {
            AccountAccess.check(context.accounts().get(entry.accountId), entry.accountId, userId, Permission.WRITE);
            return entry;
        } catch (AccountNotFoundException hidden) {
            throw new EntryNotFoundException(askedFor);
        }
    }

    /** A category the owner may choose for an entry now: one of theirs, not archived. */
    private static Long chosenCategory(Long categoryId, long ownerId, Context context) {
        if (categoryId != null) {
            CategoryRules.checkChoosable(context.categories().get(categoryId), ownerId);
        }
        return categoryId;
    }

    /** The day asked for, or today in the user's time zone at the moment of recording. */
    static LocalDate dayOf(LocalDate requested, Instant recordedAt, ZoneId zone) {
        LocalDate today = LocalDate.ofInstant(recordedAt, zone);
        if (requested == null) {
            return today;
        }
        if (requested.isAfter(EntryLimits.latestOccurredOn(today))) {
            throw new InvalidInputException("occurredOn", "Enter a date at most " + EntryLimits.OCCURRED_ON_YEARS_AHEAD
                    + " year after today (" + today + " in your time zone).");
        }
        return requested;
    }

    static long amountIn(String text, Currency currency) {
        return amountIn("amount", text, currency);
    }

    private static long amountIn(String field, String text, Currency currency) {
        Money.Result parsed = Money.parse(text, currency);
        return parsed.money().orElseThrow(() -> new InvalidInputException(field, parsed.problem())).minor();
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

    static Entry append(Account account, EntryType type, long amount, long balanceAfter, Currency currency,
            Instant at, LocalDate day, Meta meta, String idempotencyKey, String transferId, Long counterpart,
            Money counter, Long reversalOf, LongSupplier ids) {
        Entry entry = new Entry();
        entry.id = ids.getAsLong();
        entry.accountId = account.id;
        entry.userId = account.userId;
        entry.seq = account.entryCount + 1;
        entry.type = type;
        entry.amountMinor = amount;
        entry.balanceAfterMinor = balanceAfter;
        entry.occurredOn = day;
        entry.hashVersion = EntryHash.CURRENT_VERSION;
        entry.description = meta.description();
        entry.categoryId = meta.categoryId();
        entry.payee = meta.payee();
        entry.tags = Tags.encode(meta.tags());
        entry.notes = meta.notes();
        entry.index();
        entry.createdAt = at;
        entry.idempotencyKey = idempotencyKey;
        entry.transferId = transferId;
        entry.counterpartAccountId = counterpart;
        entry.counterAmountMinor = counter == null ? null : counter.minor();
        entry.counterCurrency = counter == null ? null : counter.currency().getCurrencyCode();
        entry.reversalOf = reversalOf;
        entry.prevHash = account.lastHash;
        entry.hash = EntryHash.of(entry, currency.getCurrencyCode());
        account.append(balanceAfter, entry.hash);
        return entry;
    }
}
