package app.ledger.imports.csv;

import java.util.List;

/**
 * A mapping guessed from a file's header and first rows, for the person to confirm or correct.
 *
 * @param mapping     as much as could be guessed; {@link CsvMapping#problems} says what is left to choose
 * @param dateFormats every common format that reads all the sampled dates: more than one means day and month
 *                    cannot be told apart (all days up to 12) and the person chooses
 */
public record CsvSuggestion(CsvMapping mapping, List<String> dateFormats) {

    public CsvSuggestion {
        dateFormats = List.copyOf(dateFormats);
    }

    public boolean dateFormatAmbiguous() {
        return dateFormats.size() > 1;
    }
}
