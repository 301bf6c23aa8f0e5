package app.ledger.imports.csv;

import java.math.BigDecimal;

/**
 * Reads an amount as banks write them in CSV: {@code -1.234,56}, {@code 1,234.56}, {@code 1 234,56},
 * {@code 1'234.56}, {@code (12.50)}, {@code 12,50-}, {@code −12.50}, {@code 12.50 DR}, with a currency symbol
 * or code around it. Exact (BigDecimal); thousands separators must group by three, so a decimal comma read
 * with the decimal point setting is refused instead of becoming a hundred times the amount.
 */
final class CsvAmount {

    /** Thousands separators accepted when the mapping does not name one. */
    static final String THOUSANDS = ".,' \u00A0\u202F\u2009";

    private CsvAmount() {
    }

    /**
     * The amount, or null when the text is blank; throws {@link IllegalArgumentException} with a reason when it
     * is not an amount.
     */
    static BigDecimal parse(String text, DecimalSeparator decimal, String thousands) {
        if (text == null) {
            return null;
        }
        String s = text.strip().replace('\u00A0', ' ').replace('\u202F', ' ').replace('\u2009', ' ');
        if (s.isEmpty()) {
            return null;
        }
        boolean negative = false;
        String upper = s.toUpperCase(java.util.Locale.ROOT);
        if (upper.endsWith("DR") || upper.endsWith("CR")) {
            negative = upper.endsWith("DR");
            s = s.substring(0, s.length() - 2);
        }
        s = trimSymbols(s);
        if (s.startsWith("(") && s.endsWith(")")) {
            negative = !negative;
            s = trimSymbols(s.substring(1, s.length() - 1));
        }
        if (!s.isEmpty() && isMinus(s.charAt(s.length() - 1))) {
            negative = !negative;
            s = trimSymbols(s.substring(0, s.length() - 1));
        } else if (!s.isEmpty() && s.charAt(s.length() - 1) == '+') {
            s = trimSymbols(s.substring(0, s.length() - 1));
        }
        if (!s.isEmpty() && isMinus(s.charAt(0))) {
            negative = !negative;
            s = trimSymbols(s.substring(1));
        } else if (!s.isEmpty() && s.charAt(0) == '+') {
            s = trimSymbols(s.substring(1));
        }
        BigDecimal value = unsigned(s, decimal, thousands == null ? THOUSANDS : thousands);
        if (value == null) {
            throw new IllegalArgumentException("\"" + text.strip() + "\" is not an amount written with a decimal "
                    + (decimal == DecimalSeparator.COMMA ? "comma" : "point") + hint(s, decimal) + ".");
        }
        return negative ? value.negate() : value;
    }

    private static String hint(String s, DecimalSeparator decimal) {
        char other = decimal == DecimalSeparator.COMMA ? '.' : ',';
        int at = s.lastIndexOf(other);
        if (at >= 0 && s.length() - at - 1 > 0 && s.length() - at - 1 <= 2) {
            return " (it looks like one with a decimal " + (other == ',' ? "comma" : "point") + ")";
        }
        return "";
    }

    private static boolean isMinus(char c) {
        return c == '-' || c == '\u2212' || c == '\u2013';
    }

    /** Strips whitespace, currency symbols and three-letter codes around the number. */
    private static String trimSymbols(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && skippable(s.charAt(start))) {
            start++;
        }
        while (end > start && skippable(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    private static boolean skippable(char c) {
        return Character.isWhitespace(c) || Character.getType(c) == Character.CURRENCY_SYMBOL
                || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    private static BigDecimal unsigned(String s, DecimalSeparator decimal, String thousands) {
        if (s.isEmpty() || s.length() > 40) {
            return null;
        }
        int point = s.lastIndexOf(decimal.mark());
        String whole = point < 0 ? s : s.substring(0, point);
        String fraction = point < 0 ? "" : s.substring(point + 1);
        if (!digits(fraction) || (point >= 0 && fraction.isEmpty() && whole.isEmpty())) {
            return null;
        }
        StringBuilder plain = new StringBuilder();
        char separator = 0;
        int group = -1; // digits in the current group once a separator was seen
        for (int i = 0; i < whole.length(); i++) {
            char c = whole.charAt(i);
            if (c >= '0' && c <= '9') {
                plain.append(c);
                if (group >= 0) {
                    group++;
                }
            } else if (c != decimal.mark() && thousands.indexOf(c) >= 0 && plain.length() > 0
                    && (separator == 0 || separator == c) && (group < 0 || group == 3)) {
                if (group < 0 && plain.length() > 3) {
                    return null;
                }
                separator = c;
                group = 0;
            } else {
                return null;
            }
        }
        if (group >= 0 && group != 3) {
            return null;
        }
        if (plain.length() == 0) {
            plain.append('0');
        }
        if (!fraction.isEmpty()) {
            plain.append('.').append(fraction);
        }
        return new BigDecimal(plain.toString());
    }

    private static boolean digits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
