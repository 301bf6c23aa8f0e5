package app.ledger.journal.posting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.ledger.account.Account;
import app.ledger.account.AccountNotFoundException;
import app.ledger.category.Category;
import app.ledger.category.CategoryKind;
import app.ledger.journal.Entry;
import app.ledger.journal.EntryNotFoundException;
import app.ledger.journal.EntryType;
import app.ledger.journal.integrity.EntryHash;
import app.ledger.problem.FieldError;
import app.ledger.problem.InvalidInputException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The posting rules on their own: no database, accounts, entries and categories as plain objects. */
class PostingRulesTest {

    private static final long ALICE = 1;
    private static final long BOB = 2;
    private final AtomicLong ids = new AtomicLong(100);
    private Supplier<Instant> clock = new EntryClock()::next;
    private final Map<Long, Entry> entries = new HashMap<>();
    private final Map<Long, Category> categories = new HashMap<>();
    private final Map<Long, ZoneId> zones = new HashMap<>();

    private static Account account(long id, long userId, String currency, long balanceMinor) {
        Account account = new Account();
        account.id = id;
        account.userId = userId;
        account.currency = currency;
        account.balanceMinor = balanceMinor;
        return account;
    }

    private static EntryDetails details(String description) {
        return new EntryDetails(null, description, null, null, List.of(), null);
    }

    private static LedgerCommand posting(long userId, long accountId, EntryType type, String amount) {
        return new LedgerCommand.Posting(userId, accountId, type, amount, details("text"), null, "hash");
    }

    private static LedgerCommand posting(long userId, long accountId, EntryType type, String amount,
            EntryDetails details) {
        return new LedgerCommand.Posting(userId, accountId, type, amount, details, null, "hash");
    }

    private static LedgerCommand transfer(long userId, long from, long to, String amount) {
        return transfer(userId, from, to, amount, null);
    }

    private static LedgerCommand transfer(long userId, long from, long to, String amount, String toAmount) {
        return new LedgerCommand.Transfer(userId, from, to, amount, toAmount, details(null), null, "hash");
    }

    private PostingRules.Posted apply(LedgerCommand command, Map<Long, Account> accounts) {
        PostingRules.Posted posted = PostingRules.apply(command, new PostingRules.Context(accounts, entries,
                categories, zones, clock, ids::getAndIncrement));
        posted.appended().forEach(e -> entries.put(e.id, e));
        return posted;
    }

    private Category category(long id, long userId, boolean archived) {
        Category category = new Category();
        category.id = id;
        category.userId = userId;
        category.name = "Category " + id;
        category.kind = CategoryKind.EXPENSE;
        category.archivedAt = archived ? Instant.EPOCH : null;
        categories.put(id, category);
        return category;
    }

    @Test
    void aDepositMovesTheBalanceAndTheChainHead() {
        Account usd = account(10, ALICE, "USD", 0);

        PostingRules.Posted posted = apply(posting(ALICE, 10, EntryType.DEPOSIT, "12.34"), Map.of(10L, usd));

        Entry entry = posted.appended().get(0);
        assertThat(entry.id).isEqualTo(100);
        assertThat(entry.amountMinor).isEqualTo(1234);
        assertThat(entry.balanceAfterMinor).isEqualTo(1234);
        assertThat(entry.seq).isEqualTo(1);
        assertThat(entry.hashVersion).isEqualTo(2);
        assertThat(entry.prevHash).isEqualTo(Account.GENESIS_HASH);
        assertThat(entry.hash).isEqualTo(EntryHash.of(entry, "USD"));
        assertThat(usd.balanceMinor).isEqualTo(1234);
        assertThat(usd.entryCount).isEqualTo(1);
        assertThat(usd.lastHash).isEqualTo(entry.hash);
    }

    @Test
    void theMoneyAndTheDayAreHashedTheMetadataIsNot() {
        Account usd = account(10, ALICE, "USD", 0);
        category(7, ALICE, false);
        Entry entry = apply(posting(ALICE, 10, EntryType.DEPOSIT, "1.00", new EntryDetails(
                LocalDate.of(2024, 3, 1), "CAFÉ CRÈME", 7L, "Corner café", List.of("coffee"), "with Bob")),
                Map.of(10L, usd)).appended().get(0);

        assertThat(entry.searchText).isEqualTo("café crème\u001Fpcorner café\u001Fnwith bob\u001Ft\u001Ecoffee\u001E");
        String hash = entry.hash;
        entry.description = "something else";
        entry.categoryId = null;
        entry.payee = "x";
        entry.tags = null;
        entry.notes = "y";
        entry.reversedBy = 5L;
        entry.index();
        assertThat(EntryHash.of(entry, "USD")).isEqualTo(hash);
        entry.occurredOn = LocalDate.of(2024, 3, 2);
        assertThat(EntryHash.of(entry, "USD")).isNotEqualTo(hash);
        entry.occurredOn = LocalDate.of(2024, 3, 1);
        entry.amountMinor = 101;
        assertThat(EntryHash.of(entry, "USD")).isNotEqualTo(hash);
        entry.amountMinor = 100;
        entry.hashVersion = 3;
        assertThat(EntryHash.of(entry, "USD")).isNotEqualTo(hash);
    }

    @Test
    void aVersionOneEntryIsHashedOverTheDescriptionAndCategoryItWasWrittenWith() {
        Entry old = new Entry();
        old.accountId = 1;
        old.userId = 1;
        old.seq = 1;
        old.type = EntryType.DEPOSIT;
        old.amountMinor = 100;
        old.balanceAfterMinor = 100;
        old.createdAt = Instant.parse("2023-01-01T00:00:00Z");
        old.hashVersion = 1;
        old.v1Description = "lunch";
        old.v1Category = "Food";
        old.prevHash = Account.GENESIS_HASH;
        String hash = EntryHash.digest("ledger-entry-v1", "1", "1", "1", "deposit", "100", "100", "USD",
                "1672531200000000", "lunch", "Food", null, null, null, Account.GENESIS_HASH);

        assertThat(EntryHash.of(old, "USD")).isEqualTo(hash);
        old.description = "dinner";
        old.categoryId = 3L;
        assertThat(EntryHash.of(old, "USD")).isEqualTo(hash);
        old.v1Description = "dinner";
        assertThat(EntryHash.of(old, "USD")).isNotEqualTo(hash);
    }

    @Test
    void withoutADayTheEntryTakesTodayInTheUsersTimeZoneAtTheMomentOfRecording() {
        clock = () -> Instant.parse("2024-03-31T23:30:00Z");
        zones.put(ALICE, ZoneId.of("Pacific/Auckland"));
        zones.put(BOB, ZoneId.of("America/Los_Angeles"));

        Entry alices = apply(posting(ALICE, 10, EntryType.DEPOSIT, "1.00"),
                Map.of(10L, account(10, ALICE, "USD", 0))).appended().get(0);
        Entry bobs = apply(posting(BOB, 20, EntryType.DEPOSIT, "1.00"),
                Map.of(20L, account(20, BOB, "USD", 0))).appended().get(0);

        assertThat(alices.occurredOn).isEqualTo(LocalDate.of(2024, 4, 1));
        assertThat(bobs.occurredOn).isEqualTo(LocalDate.of(2024, 3, 31));
    }

    @Test
    void aDayMoreThanAYearAheadOfTheUsersTodayIsRefused() {
        clock = () -> Instant.parse("2024-03-31T23:30:00Z");
        zones.put(ALICE, ZoneId.of("Pacific/Auckland"));
        Account usd = account(10, ALICE, "USD", 0);

        Entry ahead = apply(posting(ALICE, 10, EntryType.DEPOSIT, "1.00", new EntryDetails(
                LocalDate.of(2025, 4, 1), null, null, null, List.of(), null)), Map.of(10L, usd)).appended().get(0);
        assertThat(ahead.occurredOn).isEqualTo(LocalDate.of(2025, 4, 1));
        assertThatThrownBy(() -> apply(posting(ALICE, 10, EntryType.DEPOSIT, "1.00", new EntryDetails(
                LocalDate.of(2025, 4, 2), null, null, null, List.of(), null)), Map.of(10L, usd)))
                .isInstanceOf(InvalidInputException.class)
                    .satisfies(refused -> assertThat(((InvalidInputException) refused).fieldErrors())
                            .extracting(FieldError::field).containsExactly("occurredOn"));
        assertThat(usd.entryCount).isEqualTo(1);
    }

    @Test
    void onlyTheUsersOwnCategoriesThatAreNotArchivedMayBeChosen() {
        Account usd = account(10, ALICE, "USD", 0);
        category(1, ALICE, false);
        category(2, ALICE, true);
        category(3, BOB, false);

        assertThat(apply(posting(ALICE, 10, EntryType.DEPOSIT, "1.00",
                new EntryDetails(null, null, 1L, null, List.of(), null)), Map.of(10L, usd)).appended().get(0)
                .categoryId).isEqualTo(1L);
        for (long refused : List.of(2L, 3L, 4L)) {
            assertThatThrownBy(() -> apply(posting(ALICE, 10, EntryType.DEPOSIT, "1.00",
                    new EntryDetails(null, null, refused, null, List.of(), null)), Map.of(10L, usd)))
                    .isInstanceOf(InvalidInputException.class)
                    .satisfies(problem -> assertThat(((InvalidInputException) problem).fieldErrors())
                            .extracting(FieldError::field).containsExactly("categoryId"));
        }
        assertThat(usd.entryCount).isEqualTo(1);
    }

    @Test
    void aWithdrawalBeyondTheBalanceIsRefusedAndChangesNothing() {
        Account usd = account(10, ALICE, "USD", 500);

        assertThatThrownBy(() -> apply(posting(ALICE, 10, EntryType.WITHDRAWAL, "5.01"), Map.of(10L, usd)))
                .isInstanceOf(InsufficientFundsException.class)
                .hasMessageContaining("5.00").hasMessageContaining("5.01");
        assertThat(usd.balanceMinor).isEqualTo(500);
        assertThat(usd.entryCount).isZero();
        assertThat(usd.lastHash).isEqualTo(Account.GENESIS_HASH);
    }

    @Test
    void commandsOfOneBatchSeeTheBalancesTheOnesBeforeThemLeft() {
        Account usd = account(10, ALICE, "USD", 0);
        Map<Long, Account> locked = Map.of(10L, usd);

        apply(posting(ALICE, 10, EntryType.DEPOSIT, "1.00"), locked);
        Entry second = apply(posting(ALICE, 10, EntryType.WITHDRAWAL, "1.00"), locked).appended().get(0);

        assertThat(second.seq).isEqualTo(2);
        assertThat(second.balanceAfterMinor).isZero();
        assertThatThrownBy(() -> apply(posting(ALICE, 10, EntryType.WITHDRAWAL, "0.01"), locked))
                .isInstanceOf(InsufficientFundsException.class);
    }

    @Test
    void anotherUsersAccountIsNotFound() {
        Account bobs = account(20, BOB, "USD", 1000);

        assertThatThrownBy(() -> apply(posting(ALICE, 20, EntryType.WITHDRAWAL, "1.00"), Map.of(20L, bobs)))
                .isInstanceOf(AccountNotFoundException.class);
        assertThatThrownBy(() -> apply(transfer(ALICE, 10, 20, "1.00"),
                Map.of(10L, account(10, ALICE, "USD", 1000), 20L, bobs)))
                .isInstanceOf(AccountNotFoundException.class);
        assertThat(bobs.balanceMinor).isEqualTo(1000);
    }

    @Test
    void aTransferMovesMoneyBetweenAccountsOfOneCurrency() {
        Account from = account(10, ALICE, "EUR", 1000);
        Account to = account(11, ALICE, "EUR", 0);

        PostingRules.Posted posted = apply(transfer(ALICE, 10, 11, "2.50"), Map.of(10L, from, 11L, to));

        assertThat(posted.appended()).extracting(e -> e.type).containsExactly(EntryType.TRANSFER_OUT,
                EntryType.TRANSFER_IN);
        assertThat(posted.appended().get(0).transferId).isEqualTo(posted.appended().get(1).transferId);
        assertThat(posted.appended().get(0).occurredOn).isEqualTo(posted.appended().get(1).occurredOn);
        assertThat(from.balanceMinor).isEqualTo(750);
        assertThat(to.balanceMinor).isEqualTo(250);
    }

    @Test
    void aTransferAcrossCurrenciesWithoutTheAmountThatArrivesIsRefused() {
        Account eur = account(10, ALICE, "EUR", 1000);
        Account usd = account(11, ALICE, "USD", 0);

        assertThatThrownBy(() -> apply(transfer(ALICE, 10, 11, "1.00"), Map.of(10L, eur, 11L, usd)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("from EUR to USD")
                .satisfies(refused -> assertThat(((InvalidInputException) refused).fieldErrors())
                        .extracting(FieldError::field).containsExactly("toAmount"));
        assertThat(eur.balanceMinor).isEqualTo(1000);
        assertThat(eur.entryCount).isZero();
    }

    @Test
    void aTransferAcrossCurrenciesMovesEachAmountInItsOwnCurrencyAndRecordsTheOther() {
        Account eur = account(10, ALICE, "EUR", 1000);
        Account jpy = account(11, ALICE, "JPY", 0);

        List<Entry> legs = apply(transfer(ALICE, 10, 11, "2.50", "410"), Map.of(10L, eur, 11L, jpy)).appended();

        assertThat(eur.balanceMinor).isEqualTo(750);
        assertThat(jpy.balanceMinor).isEqualTo(410);
        assertThat(legs.get(0).amountMinor).isEqualTo(250);
        assertThat(legs.get(0).counterAmountMinor).isEqualTo(410);
        assertThat(legs.get(0).counterCurrency).isEqualTo("JPY");
        assertThat(legs.get(1).amountMinor).isEqualTo(410);
        assertThat(legs.get(1).counterAmountMinor).isEqualTo(250);
        assertThat(legs.get(1).counterCurrency).isEqualTo("EUR");
    }

    @Test
    void anAmountWithMoreDecimalsThanTheCurrencyHasIsRefused() {
        assertThatThrownBy(() -> apply(posting(ALICE, 10, EntryType.DEPOSIT, "1.5"),
                Map.of(10L, account(10, ALICE, "JPY", 0)))).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aBalanceBeyondWhatCanBeStoredIsRefused() {
        Account full = account(10, ALICE, "USD", Long.MAX_VALUE - 10);

        assertThatThrownBy(() -> apply(posting(ALICE, 10, EntryType.DEPOSIT, "1.00"), Map.of(10L, full)))
                .isInstanceOf(BalanceLimitException.class);
    }

    @Test
    void aReversalAppendsTheOppositeLinksBothAndTakesTheOriginalsDay() {
        Account usd = account(10, ALICE, "USD", 0);
        Map<Long, Account> locked = Map.of(10L, usd);
        category(7, ALICE, false);
        Entry deposit = apply(posting(ALICE, 10, EntryType.DEPOSIT, "3.00", new EntryDetails(
                LocalDate.of(2024, 1, 5), "refund", 7L, "Shop", List.of("a"), "n")), locked).appended().get(0);
        categories.get(7L).archivedAt = Instant.EPOCH;

        PostingRules.Posted posted = apply(new LedgerCommand.Reversal(ALICE, deposit.id, null, "typo", null, "h"),
                locked);

        Entry reversal = posted.appended().get(0);
        assertThat(reversal.type).isEqualTo(EntryType.WITHDRAWAL);
        assertThat(reversal.amountMinor).isEqualTo(300);
        assertThat(reversal.reversalOf).isEqualTo(deposit.id);
        assertThat(reversal.occurredOn).isEqualTo(LocalDate.of(2024, 1, 5));
        assertThat(reversal.categoryId).as("an archived category stays with its entries").isEqualTo(7L);
        assertThat(reversal.notes).isEqualTo("typo");
        assertThat(deposit.reversedBy).isEqualTo(reversal.id);
        assertThat(usd.balanceMinor).isZero();
        assertThat(posted.updates()).singleElement().satisfies(update -> {
            assertThat(update.entry()).isSameAs(deposit);
            assertThat(update.editId()).isGreaterThan(reversal.id);
            assertThat(update.changes()).singleElement().satisfies(change -> {
                assertThat(change.id.field()).isEqualTo("reversedBy");
                assertThat(change.newValue).isEqualTo(Long.toString(reversal.id));
            });
        });
        assertThatThrownBy(() -> apply(new LedgerCommand.Reversal(ALICE, deposit.id, null, null, null, "h"), locked))
                .isInstanceOf(AlreadyReversedException.class);
    }

    @Test
    void aDepositThatWasSpentCannotBeReversedAndStaysUnmarked() {
        Account usd = account(10, ALICE, "USD", 0);
        Map<Long, Account> locked = Map.of(10L, usd);
        Entry deposit = apply(posting(ALICE, 10, EntryType.DEPOSIT, "3.00"), locked).appended().get(0);
        apply(posting(ALICE, 10, EntryType.WITHDRAWAL, "2.00"), locked);

        assertThatThrownBy(() -> apply(new LedgerCommand.Reversal(ALICE, deposit.id, null, null, null, "h"), locked))
                .isInstanceOf(InsufficientFundsException.class);
        assertThat(deposit.reversedBy).isNull();
        assertThat(usd.entryCount).isEqualTo(2);
    }

    @Test
    void reversingEitherLegOfATransferSendsTheMoneyBack() {
        Account from = account(10, ALICE, "EUR", 1000);
        Account to = account(11, ALICE, "EUR", 0);
        Map<Long, Account> locked = Map.of(10L, from, 11L, to);
        List<Entry> legs = apply(transfer(ALICE, 10, 11, "2.50"), locked).appended();

        PostingRules.Posted posted = apply(new LedgerCommand.Reversal(ALICE, legs.get(1).id, null, null, null, "h"),
                locked);

        assertThat(posted.appended()).extracting(e -> e.accountId, e -> e.type, e -> e.reversalOf).containsExactly(
                org.assertj.core.groups.Tuple.tuple(11L, EntryType.TRANSFER_OUT, legs.get(1).id),
                org.assertj.core.groups.Tuple.tuple(10L, EntryType.TRANSFER_IN, legs.get(0).id));
        assertThat(from.balanceMinor).isEqualTo(1000);
        assertThat(to.balanceMinor).isZero();
        assertThat(legs).allSatisfy(leg -> assertThat(leg.reversedBy).isNotNull());
        assertThatThrownBy(() -> apply(new LedgerCommand.Reversal(ALICE, legs.get(0).id, null, null, null, "h"),
                locked)).isInstanceOf(AlreadyReversedException.class);
    }

    @Test
    void anotherUsersEntryIsNotFound() {
        Account bobs = account(20, BOB, "USD", 0);
        Entry entry = apply(posting(BOB, 20, EntryType.DEPOSIT, "1.00"), Map.of(20L, bobs)).appended().get(0);

        assertThatThrownBy(() -> apply(new LedgerCommand.Reversal(ALICE, entry.id, null, null, null, "h"),
                Map.of(20L, bobs))).isInstanceOf(EntryNotFoundException.class);
        assertThatThrownBy(() -> apply(new LedgerCommand.Edit(ALICE, entry.id, new EntryEdit(
                new EntryEdit.Change<>("mine"), null, null, null, null)), Map.of(20L, bobs)))
                .isInstanceOf(EntryNotFoundException.class);
        assertThat(entry.description).isEqualTo("text");
    }

    @Test
    void anEditKeepsEveryChangedFieldAndNothingForValuesThatStayed() {
        Account usd = account(10, ALICE, "USD", 0);
        category(7, ALICE, false);
        Entry entry = apply(posting(ALICE, 10, EntryType.DEPOSIT, "1.00"), Map.of(10L, usd)).appended().get(0);

        PostingRules.Posted posted = apply(new LedgerCommand.Edit(ALICE, entry.id, new EntryEdit(
                new EntryEdit.Change<>("text"), new EntryEdit.Change<>(7L), null,
                new EntryEdit.Change<>(List.of("x", "y")), new EntryEdit.Change<>("note"))), Map.of(10L, usd));

        assertThat(posted.updates()).singleElement().satisfies(update -> assertThat(update.changes())
                .extracting(c -> c.id.field(), c -> c.oldValue, c -> c.newValue).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("categoryId", null, "7"),
                        org.assertj.core.groups.Tuple.tuple("tags", "[]", "[\"x\",\"y\"]"),
                        org.assertj.core.groups.Tuple.tuple("notes", null, "\"note\"")));
        assertThat(entry.categoryId).isEqualTo(7L);
        assertThat(apply(new LedgerCommand.Edit(ALICE, entry.id, new EntryEdit(new EntryEdit.Change<>("text"),
                null, null, new EntryEdit.Change<>(List.of("x", "y")), null)), Map.of(10L, usd)).updates()).isEmpty();
    }

    @Test
    void aRefusedEditChangesNothing() {
        Account usd = account(10, ALICE, "USD", 0);
        category(8, ALICE, true);
        Entry entry = apply(posting(ALICE, 10, EntryType.DEPOSIT, "1.00"), Map.of(10L, usd)).appended().get(0);
        long next = ids.get();

        assertThatThrownBy(() -> apply(new LedgerCommand.Edit(ALICE, entry.id, new EntryEdit(
                new EntryEdit.Change<>("changed"), new EntryEdit.Change<>(8L), null, null, null)), Map.of(10L, usd)))
                .isInstanceOf(InvalidInputException.class);
        assertThat(entry.description).isEqualTo("text");
        assertThat(entry.categoryId).isNull();
        assertThat(ids.get()).isEqualTo(next);
    }
}
