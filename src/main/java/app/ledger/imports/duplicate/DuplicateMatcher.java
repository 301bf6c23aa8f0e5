package app.ledger.imports.duplicate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Judges which statement rows are already in the ledger. Each existing entry answers for at most one row,
 * and rows are only ever compared with entries, never with each other: two identical coffees in a file
 * against one in the ledger are one duplicate and one new row.
 * <ol>
 * <li>A row whose bank reference an entry carries repeats that entry.</li>
 * <li>Otherwise a row repeats an entry of the same signed amount at most {@code days} days apart whose payee
 * or description is {@link TextSimilarity similar}; the nearest day wins, rows in file order. An entry with
 * a bank reference other than the row's never matches this way: it is another transaction of the bank.</li>
 * </ol>
 * No I/O: the caller hands it the account's entries around the statement's days.
 */
public final class DuplicateMatcher {

    private DuplicateMatcher() {
    }

    /** One answer per row, in the rows' order: the match, or null for a new row. */
    public static List<DuplicateMatch> match(List<IncomingRow> rows, List<ExistingEntry> entries, int days) {
        DuplicateMatch[] matches = new DuplicateMatch[rows.size()];
        boolean[] used = new boolean[entries.size()];
        byBankReference(rows, entries, matches, used);
        Map<Key, List<Integer>> byAmountAndDay = new HashMap<>();
        for (int e = 0; e < entries.size(); e++) {
            if (!used[e]) {
                ExistingEntry entry = entries.get(e);
                byAmountAndDay.computeIfAbsent(new Key(entry.signedMinor(), entry.occurredOn()),
                        k -> new ArrayList<>()).add(e);
            }
        }
        for (int distance = 0; distance <= days; distance++) {
            for (int r = 0; r < rows.size(); r++) {
                if (matches[r] != null) {
                    continue;
                }
                IncomingRow row = rows.get(r);
                int found = nearest(row, row.occurredOn().minusDays(distance), byAmountAndDay, entries, used);
                if (found < 0 && distance > 0) {
                    found = nearest(row, row.occurredOn().plusDays(distance), byAmountAndDay, entries, used);
                }
                if (found >= 0) {
                    used[found] = true;
                    matches[r] = new DuplicateMatch(entries.get(found), DuplicateMatch.Basis.AMOUNT_DATE_AND_TEXT);
                }
            }
        }
        return Arrays.asList(matches);
    }

    private static void byBankReference(List<IncomingRow> rows, List<ExistingEntry> entries,
            DuplicateMatch[] matches, boolean[] used) {
        Map<String, List<Integer>> byReference = new HashMap<>();
        for (int e = 0; e < entries.size(); e++) {
            String reference = entries.get(e).bankReference();
            if (reference != null) {
                byReference.computeIfAbsent(reference, k -> new ArrayList<>()).add(e);
            }
        }
        for (int r = 0; r < rows.size(); r++) {
            String reference = rows.get(r).bankReference();
            for (int e : reference == null ? List.<Integer>of() : byReference.getOrDefault(reference, List.of())) {
                if (!used[e]) {
                    used[e] = true;
                    matches[r] = new DuplicateMatch(entries.get(e), DuplicateMatch.Basis.BANK_ID);
                    break;
                }
            }
        }
    }

    /** The first unused entry of that amount on that day that the row may repeat, or -1. */
    private static int nearest(IncomingRow row, LocalDate day, Map<Key, List<Integer>> byAmountAndDay,
            List<ExistingEntry> entries, boolean[] used) {
        List<Integer> sameDay = byAmountAndDay.get(new Key(row.signedMinor(), day));
        if (sameDay == null) {
            return -1;
        }
        for (int e : sameDay) {
            ExistingEntry entry = entries.get(e);
            if (!used[e] && compatibleReferences(row, entry) && TextSimilarity.similar(row.payee(),
                    row.description(), entry.payee(), entry.description())) {
                return e;
            }
        }
        return -1;
    }

    private static boolean compatibleReferences(IncomingRow row, ExistingEntry entry) {
        return entry.bankReference() == null || row.bankReference() == null
                || entry.bankReference().equals(row.bankReference());
    }

    private record Key(long signedMinor, LocalDate day) {
    }
}
