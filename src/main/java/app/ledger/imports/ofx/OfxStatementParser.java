package app.ledger.imports.ofx;

import app.ledger.imports.statement.CountingSink;
import app.ledger.imports.statement.ImportLimits;
import app.ledger.imports.statement.ParseSummary;
import app.ledger.imports.statement.StatementSink;
import app.ledger.imports.statement.StatementSource;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Reads OFX and QFX bank and credit card statements, 1.x (SGML, leaves without end tags) and 2.x (XML), one
 * transaction at a time in constant memory. Blocking.
 */
public final class OfxStatementParser {

    private static final int HEADER_BYTES = 4096;

    private OfxStatementParser() {
    }

    public static ParseSummary parse(StatementSource source, ImportLimits limits, StatementSink sink) {
        CountingSink rows = new CountingSink(sink, limits);
        OfxStatementHandler handler = new OfxStatementHandler(rows);
        try (InputStream raw = source.openLimited(limits)) {
            BufferedInputStream in = new BufferedInputStream(raw, 65536);
            in.mark(HEADER_BYTES);
            String head = new String(in.readNBytes(HEADER_BYTES), StandardCharsets.ISO_8859_1);
            in.reset();
            int[] lastLine = {0};
            OfxEvents counting = new OfxEvents() {
                @Override
                public void open(String name, int line) {
                    lastLine[0] = line;
                    handler.open(name, line);
                }

                @Override
                public void close(String name, int line) {
                    lastLine[0] = line;
                    handler.close(name, line);
                }

                @Override
                public void leaf(String name, String value, int line) {
                    lastLine[0] = line;
                    handler.leaf(name, value, line);
                }
            };
            if (isXml(head)) {
                OfxXmlReader.run(in, counting);
            } else {
                Reader reader = new BufferedReader(new InputStreamReader(in, sgmlCharset(head)), 65536);
                new OfxSgmlTokenizer(reader).run(counting);
            }
            handler.finish(lastLine[0]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows.summary();
    }

    static boolean isXml(String head) {
        String start = head.startsWith("\uFEFF") || head.startsWith("\u00EF\u00BB\u00BF")
                ? head.substring(head.charAt(0) == '\uFEFF' ? 1 : 3) : head;
        return start.stripLeading().startsWith("<?xml");
    }

    /** The charset the SGML header declares: {@code ENCODING:UTF-8}, or {@code CHARSET:1252} and its kin. */
    static Charset sgmlCharset(String head) {
        String upper = head.toUpperCase(Locale.ROOT);
        int body = upper.indexOf('<');
        String header = body < 0 ? upper : upper.substring(0, body);
        if (header.matches("(?s).*ENCODING:\\s*UTF-?8.*")) {
            return StandardCharsets.UTF_8;
        }
        if (header.matches("(?s).*CHARSET:\\s*(ISO-?8859-1|8859-1)\\b.*")) {
            return StandardCharsets.ISO_8859_1;
        }
        // CHARSET:1252, NONE or absent: Windows-1252 reads ASCII and Latin-1 text alike
        return Charset.forName("windows-1252");
    }
}
