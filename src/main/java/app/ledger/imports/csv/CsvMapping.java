package app.ledger.imports.csv;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Which CSV column holds what, and how its values are written. Columns are 0-based indexes; a null column is
 * absent. The amount is either one signed column ({@code amountColumn}) or two columns of which one is filled
 * on each row ({@code debitColumn}: money out, {@code creditColumn}: money in; their sign is ignored). Saved
 * per user as a named profile under the {@link #fingerprint} of the header it was made for, in this JSON shape:
 * <pre>
 * {"dateColumn":0,"dateFormat":"dd.MM.yyyy","amountColumn":4,"decimalSeparator":"comma",
 *  "payeeColumn":2,"descriptionColumns":[3],"referenceColumn":5}
 * </pre>
 *
 * @param thousandsSeparator the one thousands separator the amounts use; null accepts any of
 *                           {@code . , ' space, no-break space, narrow no-break space} but the decimal mark
 * @param descriptionColumns joined with a space, as banks split long remittance texts over several columns
 * @param currencyColumn     an ISO 4217 code per row; null means the account's currency
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CsvMapping(Integer dateColumn, String dateFormat, Integer amountColumn, Integer debitColumn,
        Integer creditColumn, DecimalSeparator decimalSeparator, String thousandsSeparator, Integer payeeColumn,
        List<Integer> descriptionColumns, Integer categoryColumn, Integer referenceColumn, Integer currencyColumn) {

    public CsvMapping {
        descriptionColumns = descriptionColumns == null ? List.of() : List.copyOf(descriptionColumns);
        if (decimalSeparator == null) {
            decimalSeparator = DecimalSeparator.POINT;
        }
    }

    /** What keeps this mapping from reading a file of {@code columns} columns; empty when it is complete. */
    @JsonIgnore
    public List<String> problems(int columns) {
        List<String> problems = new ArrayList<>();
        if (dateColumn == null) {
            problems.add("Choose the column that holds the date.");
        }
        if (CsvDateFormat.of(dateFormat).isEmpty()) {
            problems.add(dateFormat == null ? "Choose the format of the dates."
                    : "\"" + dateFormat + "\" is not a date format Ledger reads, such as dd.MM.yyyy, MM/dd/yyyy "
                            + "or yyyy-MM-dd.");
        }
        if (amountColumn == null && (debitColumn == null || creditColumn == null)) {
            problems.add("Choose the amount column, or both the debit and the credit column.");
        }
        if (amountColumn != null && (debitColumn != null || creditColumn != null)) {
            problems.add("Choose either one amount column or debit and credit columns, not both.");
        }
        if (thousandsSeparator != null && (thousandsSeparator.length() != 1
                || thousandsSeparator.charAt(0) == decimalSeparator.mark()
                || CsvAmount.THOUSANDS.indexOf(thousandsSeparator.charAt(0)) < 0)) {
            problems.add("The thousands separator is one of . , ' or a space, and not the decimal mark.");
        }
        List<Integer> all = new ArrayList<>(descriptionColumns);
        for (Integer column : new Integer[] {dateColumn, amountColumn, debitColumn, creditColumn, payeeColumn,
                categoryColumn, referenceColumn, currencyColumn}) {
            all.add(column);
        }
        for (Integer column : all) {
            if (column != null && (column < 0 || column >= Math.max(columns, 1))) {
                problems.add("Column " + (column + 1) + " does not exist: the file has " + columns + " columns.");
                break;
            }
        }
        return problems;
    }

    /**
     * A stable key of a header row, under which a mapping is saved and found again for the next file of the same
     * bank: the column names, trimmed, case and Unicode form folded, in order. {@code sha256:} and 64 hex digits.
     */
    public static String fingerprint(List<String> header) {
        StringBuilder text = new StringBuilder().append(header.size());
        for (String name : header) {
            String folded = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFC).strip()
                    .replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
            text.append('\u001F').append(folded);
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
