package app.ledger.imports;

import app.ledger.imports.statement.ImportLimits;
import app.ledger.imports.statement.StatementFormat;
import app.ledger.imports.statement.StatementSource;
import app.ledger.imports.statement.UnknownFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells a statement's format from its first bytes: OFX 1.x by its SGML header {@code OFXHEADER:100}, OFX 2.x and
 * QFX by {@code <?OFX} in an XML file, CAMT.053 by its ISO 20022 namespace, QIF by {@code !Type:}; any other text
 * is taken for CSV. The file name and content type only sharpen the message when the file is none of them.
 */
public final class StatementFormatDetector {

    static final int HEAD_BYTES = 8192;
    private static final Pattern CAMT = Pattern.compile("urn:iso:std:iso:20022:tech:xsd:(camt\\.\\d{3})\\.001\\.(\\d{2})");

    private StatementFormatDetector() {
    }

    public static StatementFormat detect(StatementSource source, ImportLimits limits, String fileName,
            String contentType) {
        try (InputStream in = source.openLimited(limits)) {
            return detect(in.readNBytes(HEAD_BYTES), fileName, contentType);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static StatementFormat detect(byte[] head, String fileName, String contentType) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (head.length == 0) {
            throw new UnknownFormatException("The file is empty.");
        }
        if (startsWith(head, "%PDF") || name.endsWith(".pdf") || type.contains("pdf")) {
            throw new UnknownFormatException("The file is a PDF, which holds no data to import: download the "
                    + "statement as CSV, OFX, QIF or CAMT from the bank instead.");
        }
        if (startsWith(head, "PK\u0003\u0004") || name.endsWith(".xls") || name.endsWith(".xlsx")
                || name.endsWith(".ods") || startsWith(head, "\u00D0\u00CF\u0011\u00E0")) {
            throw new UnknownFormatException("The file is a spreadsheet: save it as CSV first.");
        }
        boolean utf16 = head.length >= 2 && ((head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF
                || (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE);
        String text = utf16 ? new String(head, StandardCharsets.UTF_16) : new String(head, StandardCharsets.ISO_8859_1);
        if (text.startsWith("\u00EF\u00BB\u00BF") || text.startsWith("\uFEFF")) {
            text = text.substring(text.charAt(0) == '\uFEFF' ? 1 : 3);
        }
        if (!utf16 && text.indexOf('\u0000') >= 0) {
            throw new UnknownFormatException("The file is not text.");
        }
        String start = text.stripLeading();
        String upper = start.toUpperCase(Locale.ROOT);
        if (upper.startsWith("OFXHEADER:")) {
            return StatementFormat.OFX_SGML;
        }
        if (upper.startsWith("<OFX>")) {
            return StatementFormat.OFX_SGML;
        }
        if (upper.startsWith("!TYPE:") || upper.startsWith("!OPTION:") || upper.startsWith("!ACCOUNT")) {
            return StatementFormat.QIF;
        }
        if (start.startsWith("<")) {
            if (start.contains("<?OFX") || upper.contains("<OFX>")) {
                return StatementFormat.OFX_XML;
            }
            Matcher camt = CAMT.matcher(start);
            if (camt.find()) {
                int version = Integer.parseInt(camt.group(2));
                if (camt.group(1).equals("camt.053") && version >= 2 && version <= 8) {
                    return StatementFormat.CAMT_053;
                }
                throw new UnknownFormatException("The file is " + camt.group(1) + " version 001." + camt.group(2)
                        + "; of the ISO 20022 messages only camt.053 versions 001.02 to 001.08 are imported.");
            }
            throw new UnknownFormatException("The file is XML or HTML but neither OFX nor a camt.053 statement.");
        }
        if (name.endsWith(".ofx") || name.endsWith(".qfx") || name.endsWith(".qif") || name.endsWith(".xml")) {
            throw new UnknownFormatException("The file is named " + fileName + " but its content does not start "
                    + "as that format does.");
        }
        return StatementFormat.CSV;
    }

    private static boolean startsWith(byte[] head, String prefix) {
        if (head.length < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if ((head[i] & 0xFF) != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
