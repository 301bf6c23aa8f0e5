package app.ledger.journal.history;

import app.ledger.journal.EntryType;
import app.ledger.journal.EntryView;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * RFC 4180 CSV (CRLF line ends, quoted where needed) that spreadsheets cannot be tricked into running:
 * a text cell starting with = + - @ (or a tab or carriage return) is prefixed with a single quote. Amounts
 * are signed (what left the account is negative) and written as the numbers they are; the other leg's
 * amount of a transfer ({@code counter_amount}) is unsigned, in its own currency. The file starts
 * with a UTF-8 byte order mark, without which Excel reads it in the system's legacy code page.
 */
final class CsvFormat {

    static final String BYTE_ORDER_MARK = "\uFEFF";
    static final String HEADER = line(Stream.of("id", "seq", "created_at", "type", "amount", "currency",
            "balance_after", "description", "category", "transfer_id", "occurred_on", "payee", "tags", "notes",
            "reversal_of", "reversed_by", "rate", "counter_amount", "counter_currency", "running_balance",
            "counterpart_account").map(CsvFormat::cell).toList());
    /** The first item of every export. */
    static final String START = BYTE_ORDER_MARK + HEADER;

    private CsvFormat() {
    }

    static String row(EntryView entry) {
        // the amounts and ids are written by this service, not typed by someone: they stay as they are
        return line(Arrays.asList(Long.toString(entry.id()), Long.toString(entry.seq()),
                cell(DateTimeFormatter.ISO_INSTANT.format(entry.createdAt())), cell(entry.type()), signedAmount(entry),
                cell(entry.currency()), entry.balanceAfter(), cell(entry.description()),
                cell(entry.category() == null ? null : entry.category().name()), cell(entry.transferId()),
                entry.occurredOn().toString(), cell(entry.payee()), cell(String.join("; ", entry.tags())),
                cell(entry.notes()), text(entry.reversalOf()), text(entry.reversedBy()), text(entry.rate()),
                text(entry.counterAmount()), cell(entry.counterCurrency()), text(entry.runningBalance()),
                cell(entry.counterpartAccount() == null ? null : entry.counterpartAccount().name())));
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    /** The amount as it changed the balance: {@code -12.50} for a withdrawal or an outgoing transfer. */
    static String signedAmount(EntryView entry) {
        int sign = EntryType.fromCode(entry.type()).map(EntryType::sign).orElse(1);
        return sign < 0 ? "-" + entry.amount() : entry.amount();
    }

    /** A line of cells already written as CSV. */
    private static String line(List<String> cells) {
        return String.join(",", cells) + "\r\n";
    }

    static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String safe = "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        boolean quote = safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0
                || safe.indexOf('\r') >= 0;
        return quote ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
    }
}
