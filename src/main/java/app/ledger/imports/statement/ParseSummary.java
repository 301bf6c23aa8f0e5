package app.ledger.imports.statement;

import java.util.List;

/**
 * What a parse delivered: how many rows (valid and invalid) went to the sink, and notes for the person
 * importing, such as an assumption about the order of day and month.
 */
public record ParseSummary(int rows, int invalidRows, List<String> notes) {

    public ParseSummary {
        notes = List.copyOf(notes);
    }
}
