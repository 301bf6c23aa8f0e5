package app.ledger.imports.duplicate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DuplicateMatcherTest {

    private static final LocalDate DAY = LocalDate.of(2026, 6, 10);

    @Test
    void oneEntryAnswersForOneRowOnly() {
        List<DuplicateMatch> matches = DuplicateMatcher.match(
                List.of(row(0, -350, "Coffee"), row(0, -350, "Coffee")), List.of(entry(1, 0, -350, "Coffee", null)), 3);
        assertThat(matches.get(0).entry().id()).isEqualTo(1);
        assertThat(matches.get(1)).isNull();
    }

    @Test
    void rowsOfOneFileNeverMatchEachOther() {
        assertThat(DuplicateMatcher.match(List.of(row(0, -350, "Coffee"), row(0, -350, "Coffee")), List.of(), 3))
                .containsOnlyNulls();
    }

    @Test
    void theNearestDayWinsWhateverTheOrderOfTheEntries() {
        List<ExistingEntry> entries = List.of(entry(1, 3, -999, "Shop", null), entry(2, -1, -999, "Shop", null),
                entry(3, 2, -999, "Shop", null));
        assertThat(DuplicateMatcher.match(List.of(row(0, -999, "Shop")), entries, 3).get(0).entry().id())
                .isEqualTo(2);
        // the second row takes the next nearest once the first has its entry
        List<DuplicateMatch> two = DuplicateMatcher.match(List.of(row(0, -999, "Shop"), row(0, -999, "Shop")),
                entries, 3);
        assertThat(two).extracting(m -> m.entry().id()).containsExactly(2L, 3L);
    }

    @Test
    void aRowOutsideTheWindowOrOfAnotherAmountOrSignOrPayeeIsNew() {
        List<ExistingEntry> entries = List.of(entry(1, 4, -500, "Bakery", null), entry(2, 0, -501, "Bakery", null),
                entry(3, 0, 500, "Bakery", null), entry(4, 0, -500, "Garage", null));
        assertThat(DuplicateMatcher.match(List.of(row(0, -500, "Bakery")), entries, 3)).containsOnlyNulls();
        assertThat(DuplicateMatcher.match(List.of(row(0, -500, "Bakery")), entries, 4).get(0).entry().id())
                .isEqualTo(1);
    }

    @Test
    void aBankIdMatchesWhateverTheTextAndDayAndAnotherBankIdNeverMatches() {
        List<ExistingEntry> entries = List.of(entry(1, 3, -1000, "something else", "FIT-1"),
                entry(2, 0, -1000, "Shop", "FIT-9"));
        List<DuplicateMatch> matches = DuplicateMatcher.match(List.of(rowWithId(0, -1000, "Shop", "FIT-1"),
                rowWithId(0, -1000, "Shop", "FIT-2")), entries, 3);
        assertThat(matches.get(0).entry().id()).isEqualTo(1);
        assertThat(matches.get(0).basis()).isEqualTo(DuplicateMatch.Basis.BANK_ID);
        assertThat(matches.get(1)).isNull();
        // a row without a bank id may still repeat an entry that has one (imported from another format)
        DuplicateMatch plain = DuplicateMatcher.match(List.of(row(0, -1000, "Shop")), List.of(entries.get(1)), 3)
                .get(0);
        assertThat(plain.basis()).isEqualTo(DuplicateMatch.Basis.AMOUNT_DATE_AND_TEXT);
    }

    @Test
    void aBankIdTakesItsEntryBeforeASimilarRowCan() {
        List<ExistingEntry> entries = List.of(entry(1, 0, -700, "Shop", "FIT-1"));
        List<DuplicateMatch> matches = DuplicateMatcher.match(List.of(row(0, -700, "Shop"),
                rowWithId(1, -700, "Shop", "FIT-1")), entries, 3);
        assertThat(matches.get(0)).isNull();
        assertThat(matches.get(1).entry().id()).isEqualTo(1);
    }

    /**
     * Random files against random ledgers: every match obeys the rules, no entry answers twice, and no row is
     * left new while an unused entry it may repeat is there (checked by trying every pair).
     */
    @Test
    void randomStatementsAgainstRandomLedgersKeepEveryRule() {
        Random random = new Random(15);
        String[] payees = {"Bakery", "Bakery Card 12", "Garage", "Employer", "", "Shop"};
        long[] amounts = {-350, 350, -1000, 120_000};
        for (int round = 0; round < 2000; round++) {
            int days = random.nextInt(5);
            List<IncomingRow> rows = new ArrayList<>();
            for (int i = random.nextInt(8); i > 0; i--) {
                rows.add(new IncomingRow(DAY.plusDays(random.nextInt(10)), amounts[random.nextInt(amounts.length)],
                        payees[random.nextInt(payees.length)], null,
                        random.nextInt(4) == 0 ? "FIT-" + random.nextInt(5) : null));
            }
            List<ExistingEntry> entries = new ArrayList<>();
            for (int i = random.nextInt(8); i > 0; i--) {
                entries.add(new ExistingEntry(100 + i, DAY.plusDays(random.nextInt(10)),
                        amounts[random.nextInt(amounts.length)], payees[random.nextInt(payees.length)], null,
                        random.nextInt(4) == 0 ? "FIT-" + random.nextInt(5) : null));
            }
            List<DuplicateMatch> matches = DuplicateMatcher.match(rows, entries, days);
            assertThat(matches).hasSize(rows.size());
            Set<Long> used = new HashSet<>();
            for (int r = 0; r < rows.size(); r++) {
                DuplicateMatch match = matches.get(r);
                if (match == null) {
                    continue;
                }
                assertThat(used.add(match.entry().id())).as("entry answers once").isTrue();
                IncomingRow row = rows.get(r);
                if (match.basis() == DuplicateMatch.Basis.BANK_ID) {
                    assertThat(match.entry().bankReference()).isEqualTo(row.bankReference());
                } else {
                    assertThat(mayRepeat(row, match.entry(), days)).isTrue();
                }
            }
            for (int r = 0; r < rows.size(); r++) {
                if (matches.get(r) != null) {
                    continue;
                }
                for (ExistingEntry entry : entries) {
                    boolean sameId = entry.bankReference() != null
                            && entry.bankReference().equals(rows.get(r).bankReference());
                    assertThat(used.contains(entry.id()) || !(sameId || mayRepeat(rows.get(r), entry, days)))
                            .as("row %d left new beside entry %d", r, entry.id()).isTrue();
                }
            }
        }
    }

    private static boolean mayRepeat(IncomingRow row, ExistingEntry entry, int days) {
        return row.signedMinor() == entry.signedMinor()
                && Math.abs(row.occurredOn().toEpochDay() - entry.occurredOn().toEpochDay()) <= days
                && (entry.bankReference() == null || row.bankReference() == null
                        || entry.bankReference().equals(row.bankReference()))
                && TextSimilarity.similar(row.payee(), row.description(), entry.payee(), entry.description());
    }

    private static IncomingRow row(int day, long amount, String payee) {
        return rowWithId(day, amount, payee, null);
    }

    private static IncomingRow rowWithId(int day, long amount, String payee, String bankReference) {
        return new IncomingRow(DAY.plusDays(day), amount, payee, null, bankReference);
    }

    private static ExistingEntry entry(long id, int day, long amount, String payee, String bankReference) {
        return new ExistingEntry(id, DAY.plusDays(day), amount, payee, null, bankReference);
    }
}
