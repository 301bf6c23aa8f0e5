package app.ledger.imports.commit;

import app.ledger.journal.EntryLimits;
import app.ledger.journal.posting.ImportLine;
import app.ledger.money.Money;
import app.ledger.problem.FieldErrors;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Which rows of a preview a commit writes, with no I/O: the new rows, less those skipped, with those included
 * (a duplicate the person says is none). Refuses, naming them, row numbers the import does not have, invalid
 * rows included, rows both skipped and included, rows in another currency than the account's or beyond the
 * largest amount, and an opening balance the statement does not give.
 *
 * @param lines the rows to append, in file order (the writer sorts them by date)
 * @param opening the statement's opening balance, or null when it gives none
 */
record CommitPlan(List<ImportLine> lines, ImportLine opening, boolean withOpening) {

    /** How many row numbers a message names before it says how many more. */
    private static final int NAMED = 20;

    static CommitPlan of(StoredImport stored, List<PreviewRow> rows, CommitRequest request, Currency currency,
            BigDecimal maxAmount, CategoryMatch categories) {
        FieldErrors errors = new FieldErrors();
        Set<Integer> skip = numbers("skip", request.skip(), stored.totalRows(), errors);
        Set<Integer> include = numbers("include", request.include(), stored.totalRows(), errors);
        errors.throwIfAny();
        Map<Integer, PreviewRow> byNumber = new HashMap<>();
        rows.forEach(row -> byNumber.put(row.rowNo(), row));
        unknown("skip", skip, byNumber, errors);
        unknown("include", include, byNumber, errors);
        Set<Integer> both = new TreeSet<>(skip);
        both.retainAll(include);
        if (!both.isEmpty()) {
            errors.add("include", named(both) + " " + be(both) + " both skipped and included: say which.");
        }
        Set<Integer> unreadable = include.stream().filter(n -> byNumber.containsKey(n) && !byNumber.get(n).readable())
                .collect(Collectors.toCollection(TreeSet::new));
        if (!unreadable.isEmpty()) {
            errors.add("include", named(unreadable) + " could not be read from the file and cannot be imported.");
        }
        errors.throwIfAny();
        long maxMinor = maxAmount.movePointRight(Math.max(0, currency.getDefaultFractionDigits())).longValue();
        List<PreviewRow> chosen = rows.stream()
                .filter(row -> row.readable() && !skip.contains(row.rowNo())
                        && (PreviewRow.NEW.equals(row.status()) || include.contains(row.rowNo())))
                .toList();
        Set<Integer> foreign = new TreeSet<>();
        Set<Integer> tooLarge = new TreeSet<>();
        Set<Integer> empty = new TreeSet<>();
        for (PreviewRow row : chosen) {
            if (!row.currency().equals(currency.getCurrencyCode())) {
                foreign.add(row.rowNo());
            } else if (row.amountMinor() == 0) {
                empty.add(row.rowNo());
            } else if (row.amountMinor() == Long.MIN_VALUE || Math.abs(row.amountMinor()) > maxMinor) {
                tooLarge.add(row.rowNo());
            }
        }
        if (!foreign.isEmpty()) {
            errors.add("rows", named(foreign) + " " + be(foreign) + " in another currency than the account's "
                    + currency.getCurrencyCode() + ": skip them or import the file into an account in their currency.");
        }
        if (!empty.isEmpty()) {
            errors.add("rows", named(empty) + " " + (empty.size() == 1 ? "moves" : "move")
                    + " no money: skip " + (empty.size() == 1 ? "it." : "them."));
        }
        if (!tooLarge.isEmpty()) {
            errors.add("rows", named(tooLarge) + " " + (tooLarge.size() == 1 ? "moves" : "move")
                    + " more than the largest amount of one entry, "
                    + Money.grouped(maxAmount.toPlainString()) + ": skip them.");
        }
        ImportLine opening = stored.openingBalanceMinor() == null || stored.openingBalanceOn() == null ? null
                : new ImportLine(0, stored.openingBalanceOn(), stored.openingBalanceMinor(), null,
                        OPENING_BALANCE, null, null);
        boolean withOpening = Boolean.TRUE.equals(request.openingBalance());
        if (withOpening && opening == null) {
            errors.add("openingBalance", "This statement gives no opening balance to add.");
        } else if (withOpening && (opening.amountMinor() <= 0 || opening.amountMinor() > maxMinor)) {
            errors.add("openingBalance", "The statement's opening balance is "
                    + Money.formatForPeople(opening.amountMinor(), currency) + " " + currency.getCurrencyCode()
                    + ": only a balance above zero, up to the largest amount of one entry, can be deposited.");
        }
        errors.throwIfAny();
        if (chosen.isEmpty() && !withOpening) {
            errors.add("rows", "No row is left to import: every row is skipped, a duplicate or unreadable. Include "
                    + "the rows to import.");
        }
        errors.throwIfAny();
        List<ImportLine> lines = new ArrayList<>(chosen.size());
        for (PreviewRow row : chosen) {
            lines.add(new ImportLine(row.rowNo(), row.occurredOn(), row.amountMinor(),
                    EntryText.payee(row.payee()), EntryText.clip(row.description(), EntryLimits.DESCRIPTION_MAX),
                    categories.of(row.category(), row.amountMinor()), EntryText.clip(row.bankReference(), 255)));
        }
        return new CommitPlan(lines, opening, withOpening);
    }

    static final String OPENING_BALANCE = "Opening balance";

    private static Set<Integer> numbers(String field, List<Integer> given, int totalRows, FieldErrors errors) {
        if (given == null) {
            return Set.of();
        }
        if (given.size() > totalRows) {
            errors.add(field, "Name each row at most once: this import has " + totalRows + " rows.");
            return Set.of();
        }
        if (given.stream().anyMatch(n -> n == null)) {
            errors.add(field, "Send row numbers, whole numbers from 1 to " + totalRows + ".");
            return Set.of();
        }
        return new LinkedHashSet<>(given);
    }

    private static void unknown(String field, Set<Integer> numbers, Map<Integer, PreviewRow> rows,
            FieldErrors errors) {
        Set<Integer> unknown = numbers.stream().filter(n -> !rows.containsKey(n))
                .collect(Collectors.toCollection(TreeSet::new));
        if (!unknown.isEmpty()) {
            errors.add(field, named(unknown) + " " + be(unknown) + " not in this import: its rows are numbered 1 to "
                    + rows.size() + ".");
        }
    }

    /** "Row 4", "Rows 4, 7 and 9", "Rows 1, 2, … 20 and 35 more". */
    static String named(Set<Integer> numbers) {
        List<String> named = numbers.stream().limit(NAMED).map(String::valueOf).toList();
        if (numbers.size() == 1) {
            return "Row " + named.get(0);
        }
        int more = numbers.size() - named.size();
        String list = more > 0 ? String.join(", ", named) + " and " + more + " more"
                : String.join(", ", named.subList(0, named.size() - 1)) + " and " + named.get(named.size() - 1);
        return "Rows " + list;
    }

    private static String be(Set<Integer> numbers) {
        return numbers.size() == 1 ? "is" : "are";
    }
}
