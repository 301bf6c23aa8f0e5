package app.ledger.imports.csv;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Guesses a {@link CsvMapping} from the column names (English and German bank exports) and, where names do not
 * tell, from the values of the first rows.
 */
public final class CsvMappingSuggester {

    private static final List<String> DATE = List.of("buchungstag", "buchungsdatum", "booking date", "posting date",
            "transaction date", "date", "datum", "transaktionsdatum", "completed date", "started date",
            "belegdatum", "valuta", "wertstellung", "value date", "valutadatum");
    private static final List<String> AMOUNT = List.of("betrag", "amount", "umsatz", "transaction amount",
            "betrag in eur", "value", "summe", "sum");
    private static final List<String> DEBIT = List.of("soll", "debit", "debit amount", "withdrawal",
            "withdrawals", "paid out", "money out", "ausgang", "belastung", "lastschrift", "ausgaben");
    private static final List<String> CREDIT = List.of("haben", "credit", "credit amount", "deposit", "deposits",
            "paid in", "money in", "eingang", "gutschrift", "einnahmen");
    private static final List<String> PAYEE = List.of("auftraggeber/empfänger", "empfänger/auftraggeber",
            "beguenstigter/zahlungspflichtiger", "begünstigter/zahlungspflichtiger", "name zahlungsbeteiligter",
            "zahlungsempfänger", "empfänger", "auftraggeber", "payee", "counterparty", "merchant", "name",
            "beneficiary", "payer");
    private static final List<String> DESCRIPTION = List.of("verwendungszweck", "description", "memo", "details",
            "buchungstext", "text", "narrative", "purpose", "reference", "beschreibung", "notes", "notiz");
    private static final List<String> CATEGORY = List.of("category", "kategorie");
    private static final List<String> REFERENCE = List.of("transaction id", "bank reference", "reference number",
            "transaktions-id", "bankreferenz", "fitid", "id", "ref");
    private static final List<String> CURRENCY = List.of("currency", "währung", "waehrung", "ccy");
    private static final Set<List<String>> PREFIXABLE = Set.of(DATE, AMOUNT, DESCRIPTION, DEBIT, CREDIT);

    private CsvMappingSuggester() {
    }

    public static CsvSuggestion suggest(List<String> header, List<List<String>> rows) {
        int columns = Math.max(header.size(), rows.stream().mapToInt(List::size).max().orElse(0));
        List<String> names = new ArrayList<>();
        for (int i = 0; i < columns; i++) {
            names.add(i < header.size() ? normalize(header.get(i)) : "");
        }
        List<Integer> taken = new ArrayList<>();
        Integer date = byName(names, DATE, taken);
        Integer debit = byName(names, DEBIT, taken);
        Integer credit = byName(names, CREDIT, taken);
        Integer amount = byName(names, AMOUNT, taken);
        if (amount != null) {
            debit = null;
            credit = null;
        } else if (debit == null || credit == null) {
            debit = null;
            credit = null;
        }
        Integer payee = byName(names, PAYEE, taken);
        Integer category = byName(names, CATEGORY, taken);
        Integer reference = byName(names, REFERENCE, taken);
        Integer currency = byName(names, CURRENCY, taken);
        List<Integer> description = new ArrayList<>();
        for (Integer d; (d = byName(names, DESCRIPTION, taken)) != null; ) {
            description.add(d);
        }
        if (date == null) {
            date = byValues(columns, rows, taken, true);
        }
        if (amount == null && debit == null) {
            amount = byValues(columns, rows, taken, false);
        }
        List<String> formats = date == null ? List.of() : CsvDateFormat.candidates(column(rows, date));
        DecimalSeparator decimal = decimalSeparator(rows,
                amount == null ? Arrays.asList(debit, credit) : List.of(amount));
        CsvMapping mapping = new CsvMapping(date, formats.size() == 1 ? formats.get(0) : null, amount, debit, credit,
                decimal, null, payee, description, category, reference, currency);
        return new CsvSuggestion(mapping, formats);
    }

    static String normalize(String name) {
        String s = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        s = s.replaceAll("\\(.*?\\)", " ").replaceAll("[^\\p{L}\\p{N}/ -]", " ");
        return s.replaceAll("\\s+", " ").strip();
    }

    /** The first free column named by a synonym, best synonym first; then one whose name starts with it. */
    private static Integer byName(List<String> names, List<String> synonyms, List<Integer> taken) {
        for (String synonym : synonyms) {
            for (int i = 0; i < names.size(); i++) {
                if (!taken.contains(i) && names.get(i).equals(synonym)) {
                    taken.add(i);
                    return i;
                }
            }
        }
        if (PREFIXABLE.contains(synonyms)) {
            for (String synonym : synonyms) {
                for (int i = 0; i < names.size(); i++) {
                    if (!taken.contains(i) && synonym.length() >= 4 && names.get(i).startsWith(synonym + " ")) {
                        taken.add(i);
                        return i;
                    }
                }
            }
        }
        return null;
    }

    /** The first free column whose values are all dates (or all amounts with a sign or decimals). */
    private static Integer byValues(int columns, List<List<String>> rows, List<Integer> taken, boolean dates) {
        for (int i = 0; i < columns; i++) {
            if (taken.contains(i)) {
                continue;
            }
            List<String> values = column(rows, i);
            if (values.stream().allMatch(String::isBlank)) {
                continue;
            }
            boolean fits = dates ? !CsvDateFormat.candidates(values).isEmpty() : amounts(values);
            if (fits) {
                taken.add(i);
                return i;
            }
        }
        return null;
    }

    private static boolean amounts(List<String> values) {
        boolean decimals = false;
        for (String value : values) {
            if (value.isBlank()) {
                continue;
            }
            if (!CsvSniffer.valueLike(value) || !CsvDateFormat.candidates(List.of(value)).isEmpty()) {
                return false;
            }
            decimals |= value.matches(".*[.,]\\d{2}\\D*$") || value.strip().startsWith("-");
        }
        return decimals;
    }

    /** Comma when more amounts end in a comma and one or two digits (or group with dots) than with points. */
    static DecimalSeparator decimalSeparator(List<List<String>> rows, List<Integer> columns) {
        int comma = 0;
        int point = 0;
        for (Integer column : columns) {
            if (column == null) {
                continue;
            }
            for (String value : column(rows, column)) {
                String v = value.replaceAll("[^0-9.,]", "");
                if (v.matches(".*,\\d{1,2}") || v.matches("\\d{1,3}(\\.\\d{3})+(,\\d*)?")) {
                    comma++;
                } else if (v.matches(".*\\.\\d{1,2}") || v.matches("\\d{1,3}(,\\d{3})+(\\.\\d*)?")) {
                    point++;
                }
            }
        }
        return comma > point ? DecimalSeparator.COMMA : DecimalSeparator.POINT;
    }

    private static List<String> column(List<List<String>> rows, int column) {
        List<String> values = new ArrayList<>();
        for (List<String> row : rows) {
            values.add(column < row.size() && row.get(column) != null ? row.get(column) : "");
        }
        return values;
    }
}
