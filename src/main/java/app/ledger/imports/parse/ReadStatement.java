package app.ledger.imports.parse;

import app.ledger.imports.qif.QifDateOrder;
import app.ledger.imports.statement.ParsedRow;
import app.ledger.imports.statement.StatementFormat;
import app.ledger.imports.statement.StatementHeader;
import java.util.List;

/**
 * A statement file read: its format, for CSV how it was read, its rows in file order (none when a CSV mapping
 * is incomplete), the statement headers the format carries and the parser's notes.
 */
public record ReadStatement(StatementFormat format, CsvReading csv, QifDateOrder qifDateOrder,
        List<ParsedRow> rows, List<StatementHeader> headers, List<String> notes) {
}
