package app.ledger.imports.ofx;

import app.ledger.imports.statement.MalformedStatementException;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;

/**
 * Reads the body of an OFX 1.x (SGML) file one tag at a time in constant memory. A tag followed by text is a
 * leaf, whether or not {@code </TAG>} follows; a tag followed by another tag opens an aggregate, which
 * {@code </TAG>} closes. SGML OFX has no document type to process, so there are no entities beyond the five
 * predefined ones.
 */
final class OfxSgmlTokenizer {

    private static final int MAX_NAME = 64;
    private static final int MAX_TEXT = 4096;

    private final Reader in;
    private int line = 1;
    private int peeked = -2;

    OfxSgmlTokenizer(Reader in) {
        this.in = in;
    }

    void run(OfxEvents events) {
        int c = skipToTag();
        if (c < 0) {
            throw new MalformedStatementException(line, "The file holds no OFX element: it is not an OFX file.");
        }
        String pendingLeaf = null;
        while (c >= 0) {
            // c is '<'
            int tagLine = line;
            boolean closing = false;
            int next = read();
            if (next == '/') {
                closing = true;
                next = read();
            }
            if (next == '!' || next == '?') {
                skipDeclaration();
                c = skipToTag();
                continue;
            }
            StringBuilder name = new StringBuilder();
            while (next >= 0 && next != '>') {
                if (name.length() == MAX_NAME || next == '<' || Character.isWhitespace(next)) {
                    throw new MalformedStatementException(tagLine, "A tag is not closed by '>' or its name is not "
                            + "an OFX element name.");
                }
                name.append((char) next);
                next = read();
            }
            if (next < 0) {
                throw new MalformedStatementException(tagLine, "The file ends inside a tag.");
            }
            String tag = name.toString().toUpperCase(java.util.Locale.ROOT);
            if (tag.isEmpty()) {
                throw new MalformedStatementException(tagLine, "An empty tag <> is not OFX.");
            }
            if (closing) {
                if (tag.equals(pendingLeaf)) {
                    pendingLeaf = null; // the optional end tag of a leaf just read
                } else {
                    events.close(tag, tagLine);
                }
                c = skipToTag();
                continue;
            }
            StringBuilder text = new StringBuilder();
            int ch = read();
            while (ch >= 0 && ch != '<') {
                if (text.length() == MAX_TEXT) {
                    throw new MalformedStatementException(tagLine, "The value of <" + tag + "> is longer than "
                            + MAX_TEXT + " characters.");
                }
                text.append((char) ch);
                ch = read();
            }
            String value = text.toString().strip();
            if (value.isEmpty()) {
                events.open(tag, tagLine);
                pendingLeaf = null;
            } else {
                events.leaf(tag, unescape(value), tagLine);
                pendingLeaf = tag;
            }
            c = ch;
        }
    }

    /** Skips text between tags; answers '<' or -1 at the end. */
    private int skipToTag() {
        int c = read();
        while (c >= 0 && c != '<') {
            c = read();
        }
        return c;
    }

    private void skipDeclaration() {
        int c = read();
        while (c >= 0 && c != '>') {
            c = read();
        }
    }

    private int read() {
        try {
            int c = in.read();
            if (c == '\n') {
                line++;
            }
            return c;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String unescape(String value) {
        if (value.indexOf('&') < 0) {
            return value;
        }
        return value.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
                .replace("&nbsp;", " ").replace("&amp;", "&");
    }
}
