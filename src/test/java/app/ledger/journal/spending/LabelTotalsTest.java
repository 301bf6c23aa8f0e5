package app.ledger.journal.spending;

import static org.assertj.core.api.Assertions.assertThat;

import app.ledger.journal.Entry;
import app.ledger.journal.EntryType;
import app.ledger.journal.Tags;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class LabelTotalsTest {

    private static final LocalDate DAY = LocalDate.of(2024, 1, 31);

    private static Entry entry(EntryType type, long amount, Long reversalOf, String payee, List<String> tags) {
        Entry entry = new Entry();
        entry.userId = 7;
        entry.accountId = 3;
        entry.type = type;
        entry.amountMinor = amount;
        entry.reversalOf = reversalOf;
        entry.occurredOn = DAY;
        entry.payee = payee;
        entry.tags = Tags.encode(tags);
        return entry;
    }

    private static LabelTotals.Change change(String label, String name, long expense) {
        return new LabelTotals.Change(new LabelTotals.Key(7, DAY.toEpochDay(), 3, label), name, expense);
    }

    @Test
    void payeesAndTagsAreFoldedAndAnEntryCountsOnceInEachOfItsTags() {
        LabelTotals.Changes changes = LabelTotals.of(List.of(
                entry(EntryType.WITHDRAWAL, 1000, null, "Straße", List.of("Food", "home")),
                entry(EntryType.WITHDRAWAL, 250, null, "STRASSE", List.of("food")),
                entry(EntryType.WITHDRAWAL, 5, null, null, List.of()),
                entry(EntryType.DEPOSIT, 99_999, null, "Employer", List.of("salary"))), List.of());
        assertThat(changes.payees()).containsExactly(change("", "", 5), change("strasse", "STRASSE", 1250));
        assertThat(changes.tags()).containsExactly(change("", "", 5), change("food", "food", 1250),
                change("home", "home", 1000));
        assertThat(LabelTotals.byMonth(changes.tags())).extracting(LabelTotals.MonthChange::expenseMinor)
                .containsExactly(5L, 1250L, 1000L);
    }

    @Test
    void aReversalTakesBackAndAnEditMovesTheExpenseFromTheOldPayeeAndTagsToTheNew() {
        Entry spent = entry(EntryType.WITHDRAWAL, 400, null, "Bakery", List.of("food"));
        Entry reversal = entry(EntryType.DEPOSIT, 100, 1L, "Bakery", List.of("food"));
        LabelTotals.Changes changes = LabelTotals.of(List.of(reversal), List.of(
                new LabelTotals.Move(spent, "Bakery", "Café", List.of("food"), List.of("food", "treat")),
                new LabelTotals.Move(spent, "Café", "Café", List.of("food", "treat"), List.of("treat"))));
        assertThat(changes.payees()).containsExactly(change("bakery", "Bakery", -500), change("café", "Café", 400));
        assertThat(changes.tags()).containsExactly(change("food", "food", -500), change("treat", "treat", 400));
    }
}
