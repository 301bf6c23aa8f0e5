package app.ledger.imports.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CsvMappingSuggesterTest {

    @Test
    void aFileWithoutDateOrAmountColumnsGetsAnIncompleteSuggestionNotAFailure() {
        CsvSuggestion suggestion = CsvMappingSuggester.suggest(List.of("first", "second"),
                List.of(List.of("alpha", "beta"), List.of("gamma", "delta")));
        assertThat(suggestion.mapping().amountColumn()).isNull();
        assertThat(suggestion.mapping().problems(2)).contains("Choose the column that holds the date.",
                "Choose the amount column, or both the debit and the credit column.");
    }
}
