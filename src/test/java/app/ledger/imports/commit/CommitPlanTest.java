package app.ledger.imports.commit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.ledger.category.CategoryKind;
import app.ledger.category.CategoryView;
import app.ledger.journal.posting.ImportLine;
import app.ledger.problem.InvalidInputException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Which rows a commit writes, and what it refuses, with no database. */
class CommitPlanTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final BigDecimal MAX = new BigDecimal("1000000.00");
    private static final LocalDate DAY = LocalDate.of(2026, 6, 1);
    private static final CategoryMatch NO_CATEGORIES = new CategoryMatch(List.of());

    private static PreviewRow row(int no, String status, long amount) {
        return new PreviewRow(no, status, DAY, amount, "EUR", "  Payee\t" + no + "  ", "Text " + no, null, null);
    }

    private static StoredImport stored(int rows, Long opening) {
        return new StoredImport(1, 1, 1, "previewed", rows, opening, opening == null ? null : DAY.minusDays(1));
    }

    private static CommitPlan plan(List<PreviewRow> rows, CommitRequest request) {
        return CommitPlan.of(stored(rows.size(), 5000L), rows, request, EUR, MAX, NO_CATEGORIES);
    }

    private static final List<PreviewRow> ROWS = List.of(row(1, "new", 100), row(2, "duplicate", 200),
            row(3, "new", -300), row(4, "invalid", 0), row(5, "duplicate", 500));

    @Test
    void theNewRowsLessSkippedWithIncludedInFileOrder() {
        CommitPlan plan = plan(ROWS, new CommitRequest(List.of(3), List.of(5), null));

        assertThat(plan.lines()).extracting(ImportLine::rowNo).containsExactly(1, 5);
        assertThat(plan.lines().get(0).payee()).isEqualTo("Payee 1");
        assertThat(plan.withOpening()).isFalse();
        assertThat(plan.opening().amountMinor()).isEqualTo(5000);
    }

    @Test
    void anEmptyRequestTakesTheNewRows() {
        assertThat(plan(ROWS, CommitRequest.empty()).lines()).extracting(ImportLine::rowNo).containsExactly(1, 3);
    }

    @Test
    void rowNumbersTheImportDoesNotHaveAreNamed() {
        assertThatThrownBy(() -> plan(ROWS, new CommitRequest(List.of(6, 0), List.of(9), null)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("Rows 0 and 6 are not in this import: its rows are numbered 1 to 5.")
                .hasMessageContaining("Row 9 is not in this import");
    }

    @Test
    void anInvalidRowCannotBeIncluded() {
        assertThatThrownBy(() -> plan(ROWS, new CommitRequest(null, List.of(4), null)))
                .hasMessageContaining("Row 4 could not be read from the file");
    }

    @Test
    void manyRowsAreNamedUpToTwentyAndCounted() {
        List<PreviewRow> rows = new ArrayList<>();
        IntStream.rangeClosed(1, 30).forEach(n -> rows.add(row(n, "new", 1)));
        List<Integer> unknown = IntStream.rangeClosed(31, 60).boxed().toList().subList(0, 25);
        assertThatThrownBy(() -> plan(rows, new CommitRequest(unknown, null, null)))
                .hasMessageContaining("Rows 31, 32, 33").hasMessageContaining("50 and 5 more are not in this import");
    }

    @Test
    void aListLongerThanTheImportIsRefusedBeforeItIsRead() {
        assertThatThrownBy(() -> plan(ROWS, new CommitRequest(List.of(1, 1, 1, 1, 1, 1), null, null)))
                .hasMessageContaining("Name each row at most once: this import has 5 rows.");
    }

    @Test
    void rowsInAnotherCurrencyOrBeyondTheLargestAmountAreRefused() {
        List<PreviewRow> rows = List.of(new PreviewRow(1, "new", DAY, 100L, "USD", null, null, null, null),
                row(2, "new", 100_000_001L), row(3, "new", 10));
        assertThatThrownBy(() -> plan(rows, CommitRequest.empty()))
                .hasMessageContaining("Row 1 is in another currency than the account's EUR")
                .hasMessageContaining("Row 2 moves more than the largest amount of one entry, 1,000,000.00");
    }

    @Test
    void theOpeningBalanceMustBeGivenAndAboveZero() {
        assertThatThrownBy(() -> CommitPlan.of(stored(5, null), ROWS, new CommitRequest(null, null, true), EUR, MAX,
                NO_CATEGORIES)).hasMessageContaining("This statement gives no opening balance to add.");
        assertThatThrownBy(() -> CommitPlan.of(stored(5, -100L), ROWS, new CommitRequest(null, null, true), EUR,
                MAX, NO_CATEGORIES)).hasMessageContaining("opening balance is -1.00 EUR");
        CommitPlan plan = plan(ROWS, new CommitRequest(List.of(1, 3), null, true));
        assertThat(plan.lines()).isEmpty();
        assertThat(plan.withOpening()).isTrue();
        assertThat(plan.opening().description()).isEqualTo("Opening balance");
    }

    @Test
    void nothingLeftToImportIsSaid() {
        assertThatThrownBy(() -> plan(ROWS, new CommitRequest(List.of(1, 3), null, null)))
                .hasMessageContaining("No row is left to import");
    }

    @Test
    void categoriesMatchByFoldedNameAndKindTopLevelFirst() {
        CategoryMatch match = new CategoryMatch(List.of(
                new CategoryView(1, "Food", CategoryKind.EXPENSE, null, null, false),
                new CategoryView(2, "Bakery", CategoryKind.EXPENSE, null, 1L, false),
                new CategoryView(3, "Bakery", CategoryKind.EXPENSE, null, null, false),
                new CategoryView(4, "Salary", CategoryKind.INCOME, null, null, false),
                new CategoryView(5, "Old", CategoryKind.EXPENSE, null, null, true),
                new CategoryView(6, "Café", CategoryKind.EXPENSE, null, null, false)));

        assertThat(match.of("bakery", -1)).isEqualTo(3L);
        assertThat(match.of("Food:Bakery", -1)).isEqualTo(2L);
        assertThat(match.of("food : bakery", -1)).isEqualTo(2L);
        assertThat(match.of(" SALARY ", 1)).isEqualTo(4L);
        assertThat(match.of("Salary", -1)).isNull();
        assertThat(match.of("Food", 1)).isNull();
        assertThat(match.of("Old", -1)).isNull();
        assertThat(match.of("CAFÉ", -1)).isEqualTo(6L);
        assertThat(match.of(null, -1)).isNull();
    }
}
