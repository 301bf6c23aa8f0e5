package app.ledger.imports.statement;

import java.util.ArrayList;
import java.util.List;

/** Passes rows on while counting them, and stops the parse once there are more than the limit allows. */
public final class CountingSink implements StatementSink {

    private final StatementSink target;
    private final int maxRows;
    private final List<String> notes = new ArrayList<>();
    private int rows;
    private int invalid;

    public CountingSink(StatementSink target, ImportLimits limits) {
        this.target = target;
        this.maxRows = limits.maxRows();
    }

    @Override
    public void row(ParsedRow row) {
        if (++rows > maxRows) {
            throw ImportTooLargeException.rows(maxRows);
        }
        if (row instanceof InvalidRow) {
            invalid++;
        }
        target.row(row);
    }

    public void invalid(int line, String reason) {
        row(new InvalidRow(line, reason));
    }

    @Override
    public void statement(StatementHeader header) {
        target.statement(header);
    }

    public void note(String note) {
        if (notes.size() < 20 && !notes.contains(note)) {
            notes.add(note);
        }
    }

    public ParseSummary summary() {
        return new ParseSummary(rows, invalid, notes);
    }
}
