package app.ledger.journal.history;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * The {@code Content-Disposition} of a CSV export: {@code <account name>-<yyyy-mm-dd>.csv}, as UTF-8
 * ({@code filename*}, RFC 6266 and 8187) and as a plain ASCII fallback ({@code filename}) for clients that
 * read only that one. Characters that no file system accepts in a name become {@code _} in both; the
 * fallback also replaces everything outside printable ASCII and what could end or escape its quoted value.
 */
final class CsvFileName {

    /** Characters a file name cannot hold on at least one common system. */
    private static final String UNSAFE_IN_FILE_NAMES = "\\/:*?\"<>|";
    /** Characters that could break or be decoded inside the quoted ASCII value. */
    private static final String UNSAFE_IN_FALLBACK = ";,%'`";
    /** RFC 8187 attr-char besides letters and digits: everything else is percent-encoded. */
    private static final String ATTR_CHARS = "!#$&+-.^_`|~";

    private CsvFileName() {
    }

    static String contentDisposition(String accountName, LocalDate day) {
        String name = fileName(accountName, day);
        return "attachment; filename=\"" + asciiFallback(name) + "\"; filename*=UTF-8''" + percentEncoded(name);
    }

    static String fileName(String accountName, LocalDate day) {
        StringBuilder name = new StringBuilder();
        String base = accountName == null || accountName.isBlank() ? "account" : accountName.strip();
        base.codePoints().forEach(c -> name.appendCodePoint(
                Character.isISOControl(c) || UNSAFE_IN_FILE_NAMES.indexOf(c) >= 0 ? '_' : c));
        return name.append('-').append(day).append(".csv").toString();
    }

    static String asciiFallback(String name) {
        StringBuilder ascii = new StringBuilder();
        name.codePoints().forEach(c -> ascii.append(
                c < 0x20 || c > 0x7E || UNSAFE_IN_FALLBACK.indexOf(c) >= 0 ? '_' : (char) c));
        return ascii.toString();
    }

    static String percentEncoded(String name) {
        StringBuilder out = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            boolean plain = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                    || ATTR_CHARS.indexOf(c) >= 0;
            out.append(plain ? String.valueOf((char) c) : String.format("%%%02X", c));
        }
        return out.toString();
    }
}
