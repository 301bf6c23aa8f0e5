package app.ledger.imports.csv;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A date format of a CSV column, written as people know them: {@code dd.MM.yyyy}, {@code MM/dd/yyyy},
 * {@code yyyy-MM-dd}, {@code d.M.yy}, {@code yyyyMMdd}. Day and month may have one or two digits whatever the
 * pattern says; a two-digit year is 1970–2069. A time after the date ({@code 2026-01-31 10:22},
 * {@code 2026-01-31T10:22:00}) is ignored: the day is the one written.
 */
public final class CsvDateFormat {

    /** Formats tried on a column's values, in the order they are suggested. */
    public static final List<String> COMMON = List.of("yyyy-MM-dd", "dd.MM.yyyy", "dd.MM.yy", "dd/MM/yyyy",
            "MM/dd/yyyy", "dd/MM/yy", "MM/dd/yy", "dd-MM-yyyy", "MM-dd-yyyy", "yyyy/MM/dd", "yyyy.MM.dd",
            "yyyyMMdd");

    private enum Part { DAY, MONTH, YEAR }

    private final String pattern;
    private final Part[] order;
    private final char separator; // 0 for the compact yyyyMMdd
    private final int yearDigits;

    private CsvDateFormat(String pattern, Part[] order, char separator, int yearDigits) {
        this.pattern = pattern;
        this.order = order;
        this.separator = separator;
        this.yearDigits = yearDigits;
    }

    public static Optional<CsvDateFormat> of(String pattern) {
        if (pattern == null) {
            return Optional.empty();
        }
        if (pattern.equals("yyyyMMdd")) {
            return Optional.of(new CsvDateFormat(pattern, new Part[] {Part.YEAR, Part.MONTH, Part.DAY}, (char) 0, 4));
        }
        char separator = 0;
        for (char c : pattern.toCharArray()) {
            if (c != 'd' && c != 'M' && c != 'y') {
                separator = c;
                break;
            }
        }
        if (separator == 0 || ".-/".indexOf(separator) < 0) {
            return Optional.empty();
        }
        String[] tokens = pattern.split(java.util.regex.Pattern.quote(String.valueOf(separator)), -1);
        if (tokens.length != 3) {
            return Optional.empty();
        }
        Part[] order = new Part[3];
        int yearDigits = 0;
        for (int i = 0; i < 3; i++) {
            String t = tokens[i];
            if (t.equals("d") || t.equals("dd")) {
                order[i] = Part.DAY;
            } else if (t.equals("M") || t.equals("MM")) {
                order[i] = Part.MONTH;
            } else if (t.equals("yy") || t.equals("yyyy")) {
                order[i] = Part.YEAR;
                yearDigits = t.length();
            } else {
                return Optional.empty();
            }
        }
        if (order[0] == order[1] || order[1] == order[2] || order[0] == order[2]) {
            return Optional.empty();
        }
        return Optional.of(new CsvDateFormat(pattern, order, separator, yearDigits));
    }

    public String pattern() {
        return pattern;
    }

    /** The day written in {@code text}, or null when the text is not a date in this format. */
    public LocalDate parse(String text) {
        if (text == null) {
            return null;
        }
        String s = datePart(text.strip());
        if (s == null) {
            return null;
        }
        int[] values = new int[3];
        if (separator == 0) {
            if (s.length() != 8 || !digits(s)) {
                return null;
            }
            values[0] = Integer.parseInt(s.substring(0, 4));
            values[1] = Integer.parseInt(s.substring(4, 6));
            values[2] = Integer.parseInt(s.substring(6, 8));
        } else {
            String[] parts = s.split(java.util.regex.Pattern.quote(String.valueOf(separator)), -1);
            if (parts.length != 3) {
                return null;
            }
            for (int i = 0; i < 3; i++) {
                String p = parts[i];
                boolean year = order[i] == Part.YEAR;
                if (!digits(p) || p.isEmpty() || (year ? p.length() != yearDigits : p.length() > 2)) {
                    return null;
                }
                values[i] = Integer.parseInt(p);
            }
        }
        int day = 0;
        int month = 0;
        int year = 0;
        for (int i = 0; i < 3; i++) {
            switch (order[i]) {
                case DAY -> day = values[i];
                case MONTH -> month = values[i];
                case YEAR -> year = values[i];
            }
        }
        if (yearDigits == 2) {
            year += year < 70 ? 2000 : 1900;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The common formats that read every one of the values (blank ones aside); empty when none does. */
    public static List<String> candidates(Iterable<String> values) {
        List<String> fitting = new ArrayList<>();
        for (String pattern : COMMON) {
            CsvDateFormat format = of(pattern).orElseThrow();
            boolean any = false;
            boolean all = true;
            for (String value : values) {
                if (value == null || value.isBlank()) {
                    continue;
                }
                any = true;
                if (format.parse(value) == null) {
                    all = false;
                    break;
                }
            }
            if (any && all) {
                fitting.add(pattern);
            }
        }
        return fitting;
    }

    /** The date before a time, if any: {@code 31.01.2026 10:22} → {@code 31.01.2026}. */
    private static String datePart(String s) {
        int end = 0;
        while (end < s.length() && (Character.isDigit(s.charAt(end)) || ".-/".indexOf(s.charAt(end)) >= 0)) {
            end++;
        }
        if (end == s.length()) {
            return s;
        }
        char after = s.charAt(end);
        return after == ' ' || after == 'T' ? s.substring(0, end) : null;
    }

    private static boolean digits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return pattern;
    }
}
