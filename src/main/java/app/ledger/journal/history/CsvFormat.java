package app.ledger.journal.history;

import app.ledger.journal.EntryView;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * RFC 4180 CSV (CRLF line ends, quoted where needed) that spreadsheets cannot be tricked into running:
 * a cell starting with = + - @ (or a tab or carriage return) is prefixed with a single quote.
 */
final class CsvFormat {

    static final String HEADER = line(List.of("id", "seq", "created_at", "type", "amount", "currency",
            "balance_after", "description", "category", "transfer_id", "occurred_on", "payee", "tags", "notes",
            "reversal_of", "reversed_by"));

    private CsvFormat() {
    }

    static String row(EntryView entry) {
        return line(java.util.Arrays.asList(Long.toString(entry.id()), Long.toString(entry.seq()),
                DateTimeFormatter.ISO_INSTANT.format(entry.createdAt()), entry.type(), entry.amount(),
                entry.currency(), entry.balanceAfter(), entry.description(),
                entry.category() == null ? null : entry.category().name(), entry.transferId(),
                entry.occurredOn().toString(), entry.payee(), String.join("; ", entry.tags()), entry.notes(),
                text(entry.reversalOf()), text(entry.reversedBy())));
    }

    private static String text(Long value) {
        return value == null ? null : value.toString();
    }

    private static String line(List<String> cells) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(cell(cells.get(i)));
        }
        return out.append("\r\n").toString();
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
