package app.ledger.imports.view;

/** How many rows the file held, how the preview judged them, and how many entries the commit appended. */
public record ImportCounts(int rows, @com.fasterxml.jackson.annotation.JsonProperty("new") int fresh, int duplicate,
        int invalid, int imported) {
}
