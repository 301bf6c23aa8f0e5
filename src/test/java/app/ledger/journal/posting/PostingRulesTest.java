package app.ledger.journal.posting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.ledger.account.Account;
import app.ledger.account.AccountNotFoundException;
import app.ledger.journal.Entry;
import app.ledger.journal.EntryType;
import app.ledger.journal.integrity.EntryHash;
import app.ledger.problem.FieldError;
import app.ledger.problem.InvalidInputException;
import java.time.Instant;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The posting rules on their own: no database, accounts as plain objects. */
class PostingRulesTest {

    private static final long ALICE = 1;
    private static final long BOB = 2;
    private final Supplier<Instant> clock = new EntryClock()::next;

    private static Account account(long id, long userId, String currency, long balanceMinor) {
        Account account = new Account();
        account.id = id;
        account.userId = userId;
        account.currency = currency;
        account.balanceMinor = balanceMinor;
        return account;
    }

    private static LedgerCommand posting(long userId, long accountId, EntryType type, String amount) {
        return new LedgerCommand.Posting(userId, accountId, type, amount, "text", null, null, "hash");
    }

    private static LedgerCommand transfer(long userId, long from, long to, String amount) {
        return new LedgerCommand.Transfer(userId, from, to, amount, null, null, "hash");
    }

    @Test
    void aDepositMovesTheBalanceAndTheChainHead() {
        Account usd = account(10, ALICE, "USD", 0);

        PostingRules.Posted posted = PostingRules.apply(posting(ALICE, 10, EntryType.DEPOSIT, "12.34"),
                Map.of(10L, usd), clock);

        Entry entry = posted.entries().get(0);
        assertThat(entry.amountMinor).isEqualTo(1234);
        assertThat(entry.balanceAfterMinor).isEqualTo(1234);
        assertThat(entry.seq).isEqualTo(1);
        assertThat(entry.prevHash).isEqualTo(Account.GENESIS_HASH);
        assertThat(entry.hash).isEqualTo(EntryHash.of(entry, "USD"));
        assertThat(usd.balanceMinor).isEqualTo(1234);
        assertThat(usd.entryCount).isEqualTo(1);
        assertThat(usd.lastHash).isEqualTo(entry.hash);
    }

    @Test
    void anEntryCarriesItsFoldedDescriptionOutsideItsHash() {
        Account usd = account(10, ALICE, "USD", 0);
        LedgerCommand command = new LedgerCommand.Posting(ALICE, 10, EntryType.DEPOSIT, "1.00", "CAFÉ CRÈME", null,
                null, "hash");

        Entry entry = PostingRules.apply(command, Map.of(10L, usd), clock).entries().get(0);

        assertThat(entry.description).isEqualTo("CAFÉ CRÈME");
        assertThat(entry.searchText).isEqualTo("café crème");
        String hash = entry.hash;
        entry.searchText = "something else";
        assertThat(EntryHash.of(entry, "USD")).isEqualTo(hash);
    }

    @Test
    void aWithdrawalBeyondTheBalanceIsRefusedAndChangesNothing() {
        Account usd = account(10, ALICE, "USD", 500);

        assertThatThrownBy(() -> PostingRules.apply(posting(ALICE, 10, EntryType.WITHDRAWAL, "5.01"),
                Map.of(10L, usd), clock)).isInstanceOf(InsufficientFundsException.class)
                .hasMessageContaining("5.00").hasMessageContaining("5.01");
        assertThat(usd.balanceMinor).isEqualTo(500);
        assertThat(usd.entryCount).isZero();
        assertThat(usd.lastHash).isEqualTo(Account.GENESIS_HASH);
    }

    @Test
    void commandsOfOneBatchSeeTheBalancesTheOnesBeforeThemLeft() {
        Account usd = account(10, ALICE, "USD", 0);
        Map<Long, Account> locked = Map.of(10L, usd);

        PostingRules.apply(posting(ALICE, 10, EntryType.DEPOSIT, "1.00"), locked, clock);
        Entry second = PostingRules.apply(posting(ALICE, 10, EntryType.WITHDRAWAL, "1.00"), locked, clock)
                .entries().get(0);

        assertThat(second.seq).isEqualTo(2);
        assertThat(second.balanceAfterMinor).isZero();
        assertThatThrownBy(() -> PostingRules.apply(posting(ALICE, 10, EntryType.WITHDRAWAL, "0.01"), locked, clock))
                .isInstanceOf(InsufficientFundsException.class);
    }

    @Test
    void anotherUsersAccountIsNotFound() {
        Account bobs = account(20, BOB, "USD", 1000);

        assertThatThrownBy(() -> PostingRules.apply(posting(ALICE, 20, EntryType.WITHDRAWAL, "1.00"),
                Map.of(20L, bobs), clock)).isInstanceOf(AccountNotFoundException.class);
        assertThatThrownBy(() -> PostingRules.apply(transfer(ALICE, 10, 20, "1.00"),
                Map.of(10L, account(10, ALICE, "USD", 1000), 20L, bobs), clock))
                .isInstanceOf(AccountNotFoundException.class);
        assertThat(bobs.balanceMinor).isEqualTo(1000);
    }

    @Test
    void aTransferMovesMoneyBetweenAccountsOfOneCurrency() {
        Account from = account(10, ALICE, "EUR", 1000);
        Account to = account(11, ALICE, "EUR", 0);

        PostingRules.Posted posted = PostingRules.apply(transfer(ALICE, 10, 11, "2.50"),
                Map.of(10L, from, 11L, to), clock);

        assertThat(posted.entries()).extracting(e -> e.type).containsExactly(EntryType.TRANSFER_OUT,
                EntryType.TRANSFER_IN);
        assertThat(posted.entries().get(0).transferId).isEqualTo(posted.entries().get(1).transferId);
        assertThat(from.balanceMinor).isEqualTo(750);
        assertThat(to.balanceMinor).isEqualTo(250);
    }

    @Test
    void aTransferAcrossCurrenciesIsRefused() {
        Account eur = account(10, ALICE, "EUR", 1000);
        Account usd = account(11, ALICE, "USD", 0);

        assertThatThrownBy(() -> PostingRules.apply(transfer(ALICE, 10, 11, "1.00"),
                Map.of(10L, eur, 11L, usd), clock)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("choose an account in EUR")
                .satisfies(refused -> assertThat(((InvalidInputException) refused).fieldErrors())
                        .extracting(FieldError::field).containsExactly("toAccountId"));
        assertThat(eur.balanceMinor).isEqualTo(1000);
    }

    @Test
    void anAmountWithMoreDecimalsThanTheCurrencyHasIsRefused() {
        assertThatThrownBy(() -> PostingRules.apply(posting(ALICE, 10, EntryType.DEPOSIT, "1.5"),
                Map.of(10L, account(10, ALICE, "JPY", 0)), clock)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aBalanceBeyondWhatCanBeStoredIsRefused() {
        Account full = account(10, ALICE, "USD", Long.MAX_VALUE - 10);

        assertThatThrownBy(() -> PostingRules.apply(posting(ALICE, 10, EntryType.DEPOSIT, "1.00"),
                Map.of(10L, full), clock)).isInstanceOf(BalanceLimitException.class);
    }
}
