package app.ledger.imports;

import app.ledger.imports.csv.CsvDialect;
import app.ledger.imports.csv.CsvMapping;
import app.ledger.imports.qif.QifDateOrder;
import app.ledger.imports.statement.ImportLimits;
import java.util.Currency;

/**
 * What reading a statement needs beyond the file.
 *
 * @param accountCurrency the currency of amounts in formats that name none (CSV without a currency column, QIF)
 * @param csvDialect      null to detect it
 * @param csvMapping      required for CSV ({@link app.ledger.imports.csv.CsvInspector} suggests one)
 * @param qifDateOrder    null to settle it from the file's dates
 */
public record StatementReadOptions(ImportLimits limits, Currency accountCurrency, CsvDialect csvDialect,
        CsvMapping csvMapping, QifDateOrder qifDateOrder) {
}
