package app.ledger.imports.csv;

import app.ledger.imports.statement.ImportLimits;
import app.ledger.imports.statement.MalformedStatementException;
import app.ledger.imports.statement.StatementSource;
import app.ledger.imports.statement.TextEncoding;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Detects how a CSV file is written: its encoding over the whole file, then delimiter, quote, leading records
 * to skip and whether there is a header row from its first 64 KiB of text.
 */
public final class CsvSniffer {

    static final int HEAD_CHARS = 65536;
    static final int HEAD_RECORDS = 50;
    private static final char[] DELIMITERS = {',', ';', '\t', '|'};
    private static final Pattern SINGLE_QUOTED = Pattern.compile("(?m)(^|[,;\\t|])'[^'\\r\\n]*'(?=[,;\\t|]|$)");

    private CsvSniffer() {
    }

    public static CsvDialect sniff(StatementSource source, ImportLimits limits) {
        String encoding;
        try (InputStream in = source.openLimited(limits)) {
            encoding = TextEncoding.detect(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sniff(source, limits, encoding);
    }

    /** Detects all but the encoding, which the person chose. */
    public static CsvDialect sniff(StatementSource source, ImportLimits limits, String encoding) {
        Head head = head(source, limits, encoding);
        char quote = head.text.indexOf('"') < 0 && countMatches(SINGLE_QUOTED, head.text) >= 2 ? '\'' : '"';
        char best = ',';
        double bestScore = -1;
        int bestColumns = 0;
        int bestSkip = 0;
        for (char delimiter : DELIMITERS) {
            List<CsvRecords.Record> records = records(head, delimiter, quote);
            if (records == null || records.isEmpty()) {
                continue;
            }
            int columns = modalSize(records);
            if (columns < 2) {
                continue;
            }
            int skip = 0;
            while (skip < records.size() && records.get(skip).fields().size() != columns) {
                skip++;
            }
            long agreeing = records.stream().skip(skip).filter(r -> r.fields().size() == columns).count();
            double score = (double) agreeing / (records.size() - skip);
            if (score > bestScore + 1e-9 || (Math.abs(score - bestScore) < 1e-9 && columns > bestColumns)) {
                best = delimiter;
                bestScore = score;
                bestColumns = columns;
                bestSkip = skip;
            }
        }
        List<CsvRecords.Record> records = records(head, best, quote);
        boolean header = records != null && looksLikeHeader(records, bestSkip);
        return new CsvDialect(encoding, best, quote, header, bestSkip);
    }

    record Head(String text, boolean truncated) {
    }

    static Head head(StatementSource source, ImportLimits limits, String encoding) {
        try (InputStream in = source.openLimited(limits); Reader reader = CsvRecords.decode(in, encoding)) {
            char[] buffer = new char[HEAD_CHARS];
            int n = reader.read(buffer);
            int total = Math.max(n, 0);
            while (n >= 0 && total < HEAD_CHARS) {
                n = reader.read(buffer, total, HEAD_CHARS - total);
                if (n > 0) {
                    total += n;
                }
            }
            boolean truncated = total == HEAD_CHARS && reader.read() >= 0;
            return new Head(new String(buffer, 0, total), truncated);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first records of the head; null when the head cannot be read with these characters. */
    static List<CsvRecords.Record> records(Head head, char delimiter, char quote) {
        List<CsvRecords.Record> records = new ArrayList<>();
        try (CsvRecords csv = new CsvRecords(new StringReader(head.text), delimiter, quote)) {
            CsvRecords.Record record;
            while (records.size() < HEAD_RECORDS + 1 && (record = csv.next()) != null) {
                records.add(record);
            }
        } catch (MalformedStatementException e) {
            if (records.isEmpty()) {
                return null;
            }
        }
        if (head.truncated && records.size() > 1 && records.size() <= HEAD_RECORDS) {
            records.remove(records.size() - 1); // cut off at the end of the head
        }
        return records.size() > HEAD_RECORDS ? records.subList(0, HEAD_RECORDS) : records;
    }

    private static int modalSize(List<CsvRecords.Record> records) {
        Map<Integer, Integer> counts = new HashMap<>();
        int modal = 0;
        int most = 0;
        for (CsvRecords.Record record : records) {
            int size = record.fields().size();
            int count = counts.merge(size, 1, Integer::sum);
            if (count > most || (count == most && size > modal)) {
                most = count;
                modal = size;
            }
        }
        return modal;
    }

    /** A first record is a header when none of its cells is a date or an amount and the next record has some. */
    private static boolean looksLikeHeader(List<CsvRecords.Record> records, int skip) {
        if (records.size() <= skip) {
            return false;
        }
        List<String> first = records.get(skip).fields();
        if (first.stream().anyMatch(CsvSniffer::valueLike)) {
            return false;
        }
        if (records.size() == skip + 1) {
            return true;
        }
        return records.get(skip + 1).fields().stream().anyMatch(CsvSniffer::valueLike);
    }

    static boolean valueLike(String cell) {
        if (cell == null || cell.isBlank()) {
            return false;
        }
        if (!CsvDateFormat.candidates(List.of(cell)).isEmpty()) {
            return true;
        }
        if (cell.chars().filter(Character::isLetter).count() > 3) {
            return false; // "Verwendungszweck 1" is a name, not an amount
        }
        for (DecimalSeparator separator : DecimalSeparator.values()) {
            try {
                if (CsvAmount.parse(cell, separator, null) != null && cell.chars().anyMatch(Character::isDigit)) {
                    return true;
                }
            } catch (IllegalArgumentException notAnAmount) {
                // try the other separator
            }
        }
        return false;
    }

    private static int countMatches(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        int count = 0;
        while (matcher.find() && count < 10) {
            count++;
        }
        return count;
    }
}
