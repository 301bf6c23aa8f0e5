package app.ledger.imports.csv;

import app.ledger.imports.statement.Amounts;
import app.ledger.imports.statement.CountingSink;
import app.ledger.imports.statement.ImportLimits;
import app.ledger.imports.statement.ParseSummary;
import app.ledger.imports.statement.StatementRow;
import app.ledger.imports.statement.StatementSink;
import app.ledger.imports.statement.StatementSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

/**
 * Reads the rows of a CSV statement with a {@link CsvDialect} and a complete {@link CsvMapping}, handing them
 * to the sink one at a time: memory stays the same whatever the size of the file. Blocking.
 */
public final class CsvStatementParser {

    private CsvStatementParser() {
    }

    /**
     * @param accountCurrency the currency of amounts when the mapping has no currency column
     * @throws CsvMappingException when the mapping is incomplete
     */
    public static ParseSummary parse(StatementSource source, CsvDialect dialect, CsvMapping mapping,
            Currency accountCurrency, ImportLimits limits, StatementSink sink) {
        CountingSink rows = new CountingSink(sink, limits);
        CsvDateFormat dates = CsvDateFormat.of(mapping.dateFormat()).orElse(null);
        try (InputStream in = source.openLimited(limits);
                CsvRecords csv = new CsvRecords(CsvRecords.decode(in, dialect.encoding()), dialect.delimiter(),
                        dialect.quote())) {
            int skip = dialect.skipRecords() + (dialect.header() ? 1 : 0);
            boolean checked = false;
            for (CsvRecords.Record record; (record = csv.next()) != null; ) {
                if (skip > 0) {
                    skip--;
                    continue;
                }
                List<String> fields = record.fields();
                if (fields.stream().allMatch(f -> f == null || f.isBlank())) {
                    continue;
                }
                if (!checked) {
                    List<String> problems = mapping.problems(fields.size());
                    if (!problems.isEmpty()) {
                        throw new CsvMappingException(problems);
                    }
                    checked = true;
                }
                row(record.line(), fields, mapping, dates, accountCurrency, rows);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows.summary();
    }

    private static void row(int line, List<String> fields, CsvMapping mapping, CsvDateFormat dates,
            Currency accountCurrency, CountingSink rows) {
        String dateText = cell(fields, mapping.dateColumn());
        if (dateText == null) {
            rows.invalid(line, "The row has no date in column " + (mapping.dateColumn() + 1) + ".");
            return;
        }
        LocalDate date = dates.parse(dateText);
        if (date == null) {
            rows.invalid(line, "\"" + dateText + "\" is not a date written " + dates.pattern() + ".");
            return;
        }
        Currency currency = accountCurrency;
        String code = cell(fields, mapping.currencyColumn());
        if (code != null) {
            currency = Amounts.currency(code).orElse(null);
            if (currency == null) {
                rows.invalid(line, "\"" + code + "\" is not a currency code such as EUR or USD.");
                return;
            }
        }
        long minor;
        try {
            BigDecimal amount = amount(fields, mapping);
            if (amount == null) {
                rows.invalid(line, "The row has no amount.");
                return;
            }
            minor = Amounts.toMinor(amount, currency);
        } catch (IllegalArgumentException e) {
            rows.invalid(line, e.getMessage());
            return;
        }
        StringBuilder description = new StringBuilder();
        for (Integer column : mapping.descriptionColumns()) {
            String part = cell(fields, column);
            if (part != null) {
                description.append(description.length() > 0 ? " " : "").append(part);
            }
        }
        rows.row(new StatementRow(line, date, null, minor, currency.getCurrencyCode(),
                cell(fields, mapping.payeeColumn()), description.length() == 0 ? null : description.toString(),
                cell(fields, mapping.categoryColumn()), cell(fields, mapping.referenceColumn())));
    }

    /** The signed amount of the row, or null when it has none. */
    private static BigDecimal amount(List<String> fields, CsvMapping mapping) {
        if (mapping.amountColumn() != null) {
            return CsvAmount.parse(cell(fields, mapping.amountColumn()), mapping.decimalSeparator(),
                    mapping.thousandsSeparator());
        }
        BigDecimal debit = CsvAmount.parse(cell(fields, mapping.debitColumn()), mapping.decimalSeparator(),
                mapping.thousandsSeparator());
        BigDecimal credit = CsvAmount.parse(cell(fields, mapping.creditColumn()), mapping.decimalSeparator(),
                mapping.thousandsSeparator());
        boolean hasDebit = debit != null && debit.signum() != 0;
        boolean hasCredit = credit != null && credit.signum() != 0;
        if (hasDebit && hasCredit) {
            throw new IllegalArgumentException("The row has both a debit and a credit amount.");
        }
        if (hasDebit) {
            return debit.abs().negate();
        }
        if (hasCredit) {
            return credit.abs();
        }
        return debit != null ? debit : credit;
    }

    /** The cell's text with runs of white space (line breaks included) made one space; null when blank. */
    private static String cell(List<String> fields, Integer column) {
        if (column == null || column >= fields.size()) {
            return null;
        }
        String value = fields.get(column);
        if (value == null) {
            return null;
        }
        String text = value.replaceAll("\\s+", " ").strip();
        return text.isEmpty() ? null : text;
    }
}
