package app.ledger.imports;

import app.ledger.imports.camt.CamtStatementParser;
import app.ledger.imports.csv.CsvDialect;
import app.ledger.imports.csv.CsvMappingException;
import app.ledger.imports.csv.CsvSniffer;
import app.ledger.imports.csv.CsvStatementParser;
import app.ledger.imports.ofx.OfxStatementParser;
import app.ledger.imports.qif.QifStatementParser;
import app.ledger.imports.statement.ParseSummary;
import app.ledger.imports.statement.StatementFormat;
import app.ledger.imports.statement.StatementSink;
import app.ledger.imports.statement.StatementSource;
import java.util.List;

/** Reads a statement of a known format, handing its rows to the sink one at a time. Blocking. */
public final class StatementReader {

    private StatementReader() {
    }

    public static ParseSummary read(StatementSource source, StatementFormat format, StatementReadOptions options,
            StatementSink sink) {
        return switch (format) {
            case CSV -> {
                if (options.csvMapping() == null) {
                    throw new CsvMappingException(List.of("Choose which columns hold the date and the amount."));
                }
                CsvDialect dialect = options.csvDialect() != null ? options.csvDialect()
                        : CsvSniffer.sniff(source, options.limits());
                yield CsvStatementParser.parse(source, dialect, options.csvMapping(), options.accountCurrency(),
                        options.limits(), sink);
            }
            case OFX_SGML, OFX_XML -> OfxStatementParser.parse(source, options.limits(), sink);
            case QIF -> QifStatementParser.parse(source, options.accountCurrency(), options.qifDateOrder(),
                    options.limits(), sink);
            case CAMT_053 -> CamtStatementParser.parse(source, options.limits(), sink);
        };
    }
}
