package app.ledger.journal.posting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.ledger.account.Account;
import app.ledger.account.AccountNotFoundException;
import app.ledger.category.Category;
import app.ledger.category.CategoryKind;
import app.ledger.journal.Entry;
import app.ledger.journal.integrity.EntryHash;
import app.ledger.problem.InvalidInputException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The rules of a statement import's commit and undo on their own: no database. */
class ImportRulesTest {

    private static final long ALICE = 1;
    private static final long IMPORT = 12;
    private final AtomicLong ids = new AtomicLong(100);
    private final Map<Long, Entry> entries = new HashMap<>();
    private final Map<Long, Category> categories = new HashMap<>();

    private static Account account(long balanceMinor) {
        Account account = new Account();
        account.id = 5L;
        account.userId = ALICE;
        account.currency = "EUR";
        account.balanceMinor = balanceMinor;
        return account;
    }

    private static ImportLine line(int rowNo, String day, long amountMinor) {
        return new ImportLine(rowNo, LocalDate.parse(day), amountMinor, "Payee " + rowNo, null, null, "REF" + rowNo);
    }

    private PostingRules.Posted apply(LedgerCommand command, Account account) {
        PostingRules.Posted posted = PostingRules.apply(command, new PostingRules.Context(Map.of(account.id, account),
                entries, categories, Map.of(ALICE, ZoneId.of("UTC")), new EntryClock()::next, ids::getAndIncrement));
        posted.appended().forEach(e -> entries.put(e.id, e));
        return posted;
    }

    private static LedgerCommand.Import commit(List<ImportLine> lines) {
        return new LedgerCommand.Import(ALICE, IMPORT, 5, "EUR", lines, null, false);
    }

    @Test
    void rowsGoInByDateThenFileOrderEachCarryingTheImportAndItsReference() {
        Account account = account(0);
        PostingRules.Posted posted = apply(commit(List.of(line(1, "2026-06-03", 500), line(2, "2026-06-01", 300),
                line(3, "2026-06-01", -100))), account);

        assertThat(posted.appended()).extracting(e -> e.seq + " " + e.type.code() + " " + e.amountMinor + " "
                        + e.balanceAfterMinor + " " + e.importId + " " + e.bankReference)
                .containsExactly("1 deposit 300 300 12 REF2", "2 withdrawal 100 200 12 REF3",
                        "3 deposit 500 700 12 REF1");
        assertThat(account.balanceMinor).isEqualTo(700);
        assertThat(posted.summary()).isEqualTo(new ImportSummary(IMPORT, 5, "committed", 3, 0,
                posted.appended().get(2).id));
        assertThat(posted.view()).isEqualTo(new ImportCommittedView(IMPORT, "committed", 3, "7.00"));
        assertThat(posted.payees()).hasSize(3);
    }

    @Test
    void theImportAndTheBankReferenceAreNotPartOfTheHash() {
        Entry entry = apply(commit(List.of(line(1, "2026-06-01", 300))), account(0)).appended().get(0);
        String hash = entry.hash;
        entry.importId = 99L;
        entry.bankReference = "other";
        assertThat(EntryHash.of(entry, "EUR")).isEqualTo(hash);
    }

    @Test
    void aWithdrawalTheBalanceDoesNotCoverRefusesEveryRowAndChangesNothing() {
        Account account = account(50);
        LedgerCommand.Import command = new LedgerCommand.Import(ALICE, IMPORT, 5, "EUR",
                List.of(line(1, "2026-06-01", 100), line(2, "2026-06-02", -200), line(3, "2026-06-03", 1000)),
                line(0, "2026-05-31", 10_000), false);

        assertThatThrownBy(() -> apply(command, account)).isInstanceOf(ImportOverdraftException.class)
                .hasMessageContaining("Row 2 (2026-06-02) takes 2.00 EUR out, but the balance would be 1.50 EUR")
                .hasMessageContaining("opening balance of 100.00 EUR on 2026-05-31");
        assertThat(account.balanceMinor).isEqualTo(50);
        assertThat(account.entryCount).isZero();
        assertThat(entries).isEmpty();
    }

    @Test
    void theOpeningBalanceGoesFirstWhateverItsDay() {
        Account account = account(0);
        LedgerCommand.Import command = new LedgerCommand.Import(ALICE, IMPORT, 5, "EUR",
                List.of(line(1, "2026-05-01", -200)),
                new ImportLine(0, LocalDate.parse("2026-05-31"), 10_000, null, "Opening balance", null, null), true);

        PostingRules.Posted posted = apply(command, account);

        assertThat(posted.appended()).extracting(e -> e.description + " " + e.balanceAfterMinor)
                .containsExactly("Opening balance 10000", "null 9800");
    }

    @Test
    void aRowWithoutMoneyOrOutOfTheDateRangeIsRefused() {
        assertThatThrownBy(() -> apply(commit(List.of(line(4, "2026-06-01", 0))), account(0)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Row 4 moves no money");
        assertThatThrownBy(() -> apply(commit(List.of(line(5, "1899-12-31", 10))), account(0)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("Row 5 is dated 1899-12-31");
    }

    @Test
    void aCategoryArchivedSinceTheMatchIsLeftOut() {
        Category archived = new Category();
        archived.id = 7L;
        archived.userId = ALICE;
        archived.kind = CategoryKind.EXPENSE;
        archived.name = "Old";
        archived.archivedAt = Instant.EPOCH;
        categories.put(7L, archived);
        Category active = new Category();
        active.id = 8L;
        active.userId = ALICE;
        active.kind = CategoryKind.EXPENSE;
        active.name = "Food";
        categories.put(8L, active);

        PostingRules.Posted posted = apply(commit(List.of(
                new ImportLine(1, LocalDate.parse("2026-06-01"), 500, null, null, 7L, null),
                new ImportLine(2, LocalDate.parse("2026-06-01"), -100, null, null, 8L, null))), account(0));

        assertThat(posted.appended()).extracting(e -> e.categoryId).containsExactly(null, 8L);
    }

    @Test
    void undoReversesWhatIsNotReversedYetGivingMoneyBackFirst() {
        Account account = account(0);
        apply(commit(List.of(line(1, "2026-06-01", 1000), line(2, "2026-06-02", -1000), line(3, "2026-06-03", 400))),
                account);
        Entry third = entries.values().stream().filter(e -> e.amountMinor == 400).findFirst().orElseThrow();
        third.reversedBy = 1L; // reversed by hand since
        account.balanceMinor -= 400;

        PostingRules.Posted undo = apply(new LedgerCommand.ImportUndo(ALICE, IMPORT, 5), account);

        // the withdrawal's reversal first: reversing the deposit first would have gone below zero
        assertThat(undo.appended()).extracting(e -> e.type.code() + " " + e.amountMinor + " " + e.balanceAfterMinor)
                .containsExactly("deposit 1000 1000", "withdrawal 1000 0");
        assertThat(undo.updates()).hasSize(2);
        assertThat(undo.view()).isEqualTo(new ImportUndoneView(IMPORT, "undone", 2, "0.00"));
        assertThat(undo.summary().imported()).isEqualTo(3);
        assertThat(undo.summary().reversed()).isEqualTo(2);
        assertThat(undo.summary().lastOrder()).isEqualTo(undo.updates().get(1).editId());
    }

    @Test
    void undoIsRefusedWhenTheBalanceWouldEndBelowZero() {
        Account account = account(0);
        apply(commit(List.of(line(1, "2026-06-01", 1000), line(2, "2026-06-02", -300))), account);
        account.balanceMinor = 600; // 100 spent since
        int known = entries.size();

        assertThatThrownBy(() -> apply(new LedgerCommand.ImportUndo(ALICE, IMPORT, 5), account))
                .isInstanceOf(ImportOverdraftException.class)
                .hasMessageContaining("takes 7.00 EUR out of the account, more than its balance of 6.00 EUR");
        assertThat(entries).hasSize(known);
        assertThat(new ArrayList<>(entries.values())).allSatisfy(e -> assertThat(e.reversedBy).isNull());
        assertThat(account.balanceMinor).isEqualTo(600);
    }

    @Test
    void anotherUsersAccountIsNotFound() {
        Account account = account(0);
        account.userId = 2;
        assertThatThrownBy(() -> apply(commit(List.of(line(1, "2026-06-01", 10))), account))
                .isInstanceOf(AccountNotFoundException.class);
    }
}
