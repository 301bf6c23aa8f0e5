package app.ledger.imports.parse;

import app.ledger.imports.statement.ParsedRow;
import app.ledger.imports.statement.StatementHeader;
import app.ledger.imports.statement.StatementSink;
import java.util.ArrayList;
import java.util.List;

/** Keeps the rows and statement headers of a file, which the parsers bound by the row limit. */
final class CollectingSink implements StatementSink {

    final List<ParsedRow> rows = new ArrayList<>();
    final List<StatementHeader> headers = new ArrayList<>();

    @Override
    public void row(ParsedRow row) {
        rows.add(row);
    }

    @Override
    public void statement(StatementHeader header) {
        headers.add(header);
    }
}
