package app.ledger.imports.statement;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Tells the encoding of a text file from its bytes, read once from start to end in constant memory: a byte
 * order mark decides; else bytes that are valid UTF-8 throughout are UTF-8; else the file is in a single-byte
 * charset, Windows-1252 when a byte 0x80–0x9F occurs (the euro sign, typographic quotes: control codes in
 * ISO-8859-1 that no bank writes), ISO-8859-1 otherwise (the two agree on every other byte).
 */
public final class TextEncoding {

    public static final String UTF_8 = "UTF-8";
    public static final String WINDOWS_1252 = "windows-1252";
    public static final String ISO_8859_1 = "ISO-8859-1";
    public static final String UTF_16 = "UTF-16";

    private TextEncoding() {
    }

    /** A reader of the bytes in {@code encoding}, skipping a UTF-8 byte order mark. */
    public static java.io.Reader reader(InputStream in, String encoding) {
        java.nio.charset.Charset charset = java.nio.charset.Charset.forName(encoding);
        InputStream buffered = new java.io.BufferedInputStream(in, 65536);
        if (charset.equals(java.nio.charset.StandardCharsets.UTF_8)) {
            try {
                buffered.mark(3);
                byte[] bom = buffered.readNBytes(3);
                if (!(bom.length == 3 && (bom[0] & 0xFF) == 0xEF && (bom[1] & 0xFF) == 0xBB
                        && (bom[2] & 0xFF) == 0xBF)) {
                    buffered.reset();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new java.io.InputStreamReader(buffered, charset);
    }

    public static String detect(InputStream in) {
        try {
            byte[] buffer = new byte[65536];
            int n = in.readNBytes(buffer, 0, 3);
            if (n >= 3 && (buffer[0] & 0xFF) == 0xEF && (buffer[1] & 0xFF) == 0xBB && (buffer[2] & 0xFF) == 0xBF) {
                return UTF_8;
            }
            if (n >= 2 && ((buffer[0] & 0xFF) == 0xFE && (buffer[1] & 0xFF) == 0xFF
                    || (buffer[0] & 0xFF) == 0xFF && (buffer[1] & 0xFF) == 0xFE)) {
                return UTF_16;
            }
            boolean utf8 = true;
            boolean c1 = false;
            int pending = 0; // continuation bytes still expected by the current UTF-8 sequence
            int offset = 0;
            while (n > 0) {
                for (int i = offset; i < n; i++) {
                    int b = buffer[i] & 0xFF;
                    if (b >= 0x80 && b <= 0x9F) {
                        c1 = true;
                    }
                    if (!utf8) {
                        continue;
                    }
                    if (pending > 0) {
                        if ((b & 0xC0) != 0x80) {
                            utf8 = false;
                        }
                        pending--;
                    } else if (b >= 0x80) {
                        if (b >= 0xC2 && b <= 0xDF) {
                            pending = 1;
                        } else if (b >= 0xE0 && b <= 0xEF) {
                            pending = 2;
                        } else if (b >= 0xF0 && b <= 0xF4) {
                            pending = 3;
                        } else {
                            utf8 = false;
                        }
                    }
                }
                if (!utf8 && c1) {
                    break; // nothing more to learn
                }
                offset = 0;
                n = in.read(buffer);
            }
            if (utf8 && pending == 0) {
                return UTF_8;
            }
            return c1 ? WINDOWS_1252 : ISO_8859_1;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
