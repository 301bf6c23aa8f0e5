package app.ledger.imports.qif;

import app.ledger.imports.statement.Amounts;
import app.ledger.imports.statement.CountingSink;
import app.ledger.imports.statement.ImportLimits;
import app.ledger.imports.statement.MalformedStatementException;
import app.ledger.imports.statement.ParseSummary;
import app.ledger.imports.statement.StatementRow;
import app.ledger.imports.statement.StatementSink;
import app.ledger.imports.statement.StatementSource;
import app.ledger.imports.statement.TextEncoding;
import app.ledger.imports.statement.UnknownFormatException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Locale;

/**
 * Reads QIF bank ({@code !Type:Bank}) and credit card ({@code !Type:CCard}) files. QIF dates do not say whether
 * the day or the month comes first, so a first pass reads only the dates and keeps two facts (a date that can
 * only be day-first, one that can only be month-first); the second pass reads the records. Memory is the same
 * whatever the size of the file; the source is read twice. Blocking.
 */
public final class QifStatementParser {

    private static final int MAX_LINE = 4096;

    private QifStatementParser() {
    }

    /**
     * @param accountCurrency the currency of the amounts (QIF names none)
     * @param order           the person's choice, or null to settle it from the file's dates
     */
    public static ParseSummary parse(StatementSource source, Currency accountCurrency, QifDateOrder order,
            ImportLimits limits, StatementSink sink) {
        String encoding;
        try (InputStream in = source.openLimited(limits)) {
            encoding = TextEncoding.detect(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        CountingSink rows = new CountingSink(sink, limits);
        QifDateOrder used = order != null ? order : settleOrder(source, encoding, limits, rows);
        read(source, encoding, limits, accountCurrency, used, rows);
        return rows.summary();
    }

    private static QifDateOrder settleOrder(StatementSource source, String encoding, ImportLimits limits,
            CountingSink rows) {
        int dayFirstLine = 0;
        int monthFirstLine = 0;
        char separator = 0;
        try (Lines lines = new Lines(source, encoding, limits)) {
            for (String line; (line = lines.next()) != null; ) {
                if (!line.startsWith("D")) {
                    continue;
                }
                QifDate date = QifDate.split(line.substring(1).strip());
                if (date == null || date.iso()) {
                    continue;
                }
                separator = separator == 0 ? date.separator() : separator;
                Boolean dayFirst = date.dayFirst();
                if (Boolean.TRUE.equals(dayFirst) && dayFirstLine == 0) {
                    dayFirstLine = lines.number;
                } else if (Boolean.FALSE.equals(dayFirst) && monthFirstLine == 0) {
                    monthFirstLine = lines.number;
                }
            }
        }
        if (dayFirstLine > 0 && monthFirstLine > 0) {
            throw new MalformedStatementException(Math.max(dayFirstLine, monthFirstLine), "The dates mix two "
                    + "orders: the date on line " + dayFirstLine + " can only be day/month, the one on line "
                    + monthFirstLine + " only month/day.");
        }
        if (dayFirstLine > 0) {
            return QifDateOrder.DAY_MONTH;
        }
        if (monthFirstLine > 0) {
            return QifDateOrder.MONTH_DAY;
        }
        QifDateOrder guess = separator == '.' ? QifDateOrder.DAY_MONTH : QifDateOrder.MONTH_DAY;
        if (separator != 0) {
            rows.note("No date in the file tells whether the day or the month comes first; they were read as "
                    + (guess == QifDateOrder.DAY_MONTH ? "day/month" : "month/day") + ". Choose the other order "
                    + "if that is wrong.");
        }
        return guess;
    }

    private static final class Record {
        int line;
        String date;
        String amount;
        String payee;
        String memo;
        String category;
        String number;

        boolean empty() {
            return line == 0;
        }
    }

    private static void read(StatementSource source, String encoding, ImportLimits limits, Currency currency,
            QifDateOrder order, CountingSink rows) {
        try (Lines lines = new Lines(source, encoding, limits)) {
            boolean typed = false;
            Record record = new Record();
            for (String line; (line = lines.next()) != null; ) {
                if (line.isBlank()) {
                    continue;
                }
                if (line.startsWith("!")) {
                    typed |= header(line.strip(), lines.number, typed);
                    continue;
                }
                if (!typed) {
                    throw new MalformedStatementException(lines.number, "A QIF file starts with !Type:Bank or "
                            + "!Type:CCard.");
                }
                char code = line.charAt(0);
                String value = line.substring(1).strip();
                if (code == '^') {
                    if (!record.empty()) {
                        emit(record, currency, order, rows);
                    }
                    record = new Record();
                    continue;
                }
                if (record.empty()) {
                    record.line = lines.number;
                }
                switch (code) {
                    case 'D' -> record.date = value;
                    case 'T' -> record.amount = value;
                    case 'U' -> record.amount = record.amount == null ? value : record.amount;
                    case 'P' -> record.payee = value;
                    case 'M' -> record.memo = value;
                    case 'L' -> record.category = value;
                    case 'N' -> record.number = value;
                    default -> {
                        // C (cleared), A (address), S/E/$ (splits): the total in T is what the account saw
                    }
                }
            }
            if (!record.empty()) {
                emit(record, currency, order, rows);
            }
            if (!typed) {
                throw new MalformedStatementException(0, "The file is empty: a QIF file starts with !Type:Bank or "
                        + "!Type:CCard.");
            }
        }
    }

    /** Checks a {@code !} line; answers whether it opens a bank or credit card section. */
    private static boolean header(String line, int number, boolean typed) {
        String upper = line.toUpperCase(Locale.ROOT);
        if (upper.startsWith("!TYPE:")) {
            String type = line.substring(6).strip();
            if (type.equalsIgnoreCase("Bank") || type.equalsIgnoreCase("CCard")) {
                return true;
            }
            throw new UnknownFormatException("Line " + number + ": QIF sections of type " + type + " are not "
                    + "imported; only !Type:Bank and !Type:CCard (bank and credit card transactions) are.");
        }
        if (upper.startsWith("!OPTION") || upper.startsWith("!CLEAR") || upper.startsWith("!ACCOUNT")) {
            return false;
        }
        throw new MalformedStatementException(number, "\"" + line + "\" is not a QIF header.");
    }

    private static void emit(Record r, Currency currency, QifDateOrder order, CountingSink rows) {
        if (r.date == null) {
            rows.invalid(r.line, "The transaction has no date (D).");
            return;
        }
        QifDate parts = QifDate.split(r.date);
        LocalDate day = parts == null ? null : parts.day(order);
        if (day == null) {
            rows.invalid(r.line, "\"" + r.date + "\" is not a date such as 1/31/2026, 31.01.2026 or 1/31'26"
                    + (parts == null ? "." : " read " + (order == QifDateOrder.DAY_MONTH ? "day" : "month")
                            + " first."));
            return;
        }
        if (r.amount == null) {
            rows.invalid(r.line, "The transaction has no amount (T).");
            return;
        }
        BigDecimal amount = amount(r.amount);
        if (amount == null) {
            rows.invalid(r.line, "\"" + r.amount + "\" is not an amount such as -1,234.56 or -1.234,56.");
            return;
        }
        long minor;
        try {
            minor = Amounts.toMinor(amount, currency);
        } catch (IllegalArgumentException e) {
            rows.invalid(r.line, e.getMessage());
            return;
        }
        String description = r.memo == null || r.memo.isEmpty() ? null : r.memo;
        if (r.number != null && r.number.matches("\\d{1,12}")) {
            description = (description == null ? "" : description + " ") + "(no. " + r.number + ")";
        }
        rows.row(new StatementRow(r.line, day, null, minor, currency.getCurrencyCode(), blank(r.payee), description,
                blank(r.category), null));
    }

    /**
     * {@code -1,234.56} and {@code -1.234,56} alike: the last point or comma followed by one or two digits is
     * the decimal mark, the other one groups thousands.
     */
    static BigDecimal amount(String text) {
        String s = text.replace(" ", "").replace("'", "").replace("\u00A0", "");
        String sign = s.startsWith("-") || s.startsWith("+") ? s.substring(0, 1) : "";
        String body = s.substring(sign.length());
        int point = Math.max(body.lastIndexOf('.'), body.lastIndexOf(','));
        int decimals = body.length() - point - 1;
        String whole = body;
        String fraction = "";
        if (point >= 0 && decimals >= 1 && decimals <= 2) {
            whole = body.substring(0, point);
            fraction = body.substring(point + 1);
            if (whole.indexOf(body.charAt(point)) >= 0) {
                return null;
            }
        }
        if (!fraction.matches("\\d*")) {
            return null;
        }
        if (!whole.matches("\\d*") && !whole.matches("\\d{1,3}(\\.\\d{3})+") && !whole.matches("\\d{1,3}(,\\d{3})+")) {
            return null;
        }
        return Amounts.plainDecimal(sign + whole.replaceAll("[.,]", "") + (fraction.isEmpty() ? "" : "." + fraction));
    }

    private static String blank(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    /** The lines of the file with their numbers; a line longer than any QIF field is refused. */
    private static final class Lines implements AutoCloseable {
        private final BufferedReader reader;
        int number;

        Lines(StatementSource source, String encoding, ImportLimits limits) {
            this.reader = new BufferedReader(TextEncoding.reader(source.openLimited(limits), encoding), 65536);
        }

        String next() {
            try {
                StringBuilder line = new StringBuilder();
                int c;
                while ((c = reader.read()) >= 0 && c != '\n') {
                    if (line.length() == MAX_LINE) {
                        throw new MalformedStatementException(number + 1, "The line is longer than " + MAX_LINE
                                + " characters: this is not a QIF file.");
                    }
                    line.append((char) c);
                }
                if (c < 0 && line.length() == 0) {
                    return null;
                }
                number++;
                int end = line.length();
                if (end > 0 && line.charAt(end - 1) == '\r') {
                    line.setLength(end - 1);
                }
                return line.toString();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() {
            try {
                reader.close();
            } catch (IOException ignored) {
                // only reading
            }
        }
    }
}
