package app.ledger.imports.view;

import app.ledger.imports.store.ImportStatus;
import app.ledger.imports.store.RowStatus;
import app.ledger.money.Currencies;
import app.ledger.money.Money;
import app.ledger.persistence.InstantMicrosConverter;
import app.ledger.persistence.read.Cells;
import app.ledger.persistence.read.DirectReads;
import app.ledger.persistence.read.RowLimit;
import app.ledger.support.SealedCursor;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * Builds the API's views of imports from what is committed: one import with or without its rows, a page of
 * the user's imports, a page of an import's rows. Reads only; every read is limited to the user's own imports.
 */
@ApplicationScoped
public class ImportViews {

    public static final int MAX_ROWS_PER_PAGE = 1000;
    public static final int MAX_IMPORTS_PER_PAGE = 100;
    private static final String CURSOR_PURPOSE = "imports";
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };

    private static final String IMPORT = "SELECT i.id, i.account_id, a.name, i.file_name, i.format, i.status, "
            + "i.total_rows, i.new_rows, i.duplicate_rows, i.invalid_rows, i.imported_rows, a.currency, "
            + "i.opening_balance_minor, i.opening_balance_on, i.notes, i.created_at, u.username, i.committed_at, "
            + "i.undone_at FROM imports i JOIN accounts a ON a.id = i.account_id JOIN users u ON u.id = i.user_id ";
    private static final String ROWS = "SELECT r.row_no, r.line, r.status, r.reason, r.occurred_on, r.amount_minor, "
            + "r.currency, r.payee, r.description, r.category, r.bank_reference, r.duplicate_of_entry, "
            + "e.occurred_on, e.type, e.amount_minor, e.payee FROM import_rows r "
            + "LEFT JOIN entries e ON e.id = r.duplicate_of_entry WHERE r.import_id = ? ";

    private final DirectReads reads;
    private final ObjectMapper json;

    public ImportViews(DirectReads reads, ObjectMapper json) {
        this.reads = reads;
        this.json = json;
    }

    /** The user's import without its rows; 404 when the user has none of this id. */
    public Uni<ImportView> get(long userId, long importId) {
        return reads.first(IMPORT + "WHERE i.id = ? AND i.user_id = ?", List.of(importId, userId), this::importOf)
                .map(found -> {
                    if (found == null) {
                        throw new ImportNotFoundException(importId);
                    }
                    return found;
                });
    }

    /** The user's import with every row in file order; 404 when the user has none of this id. */
    public Uni<ImportView> getWithRows(long userId, long importId) {
        return get(userId, importId).flatMap(found -> reads.list(ROWS + "ORDER BY r.row_no", List.of(importId),
                this::rowOf).map(found::withRows));
    }

    /** Rows of the user's import in file order, those of one status when {@code status} is given. */
    public Uni<ImportRowPage> rows(long userId, long importId, RowStatus status, int offset, int limit) {
        String filter = status == null ? "" : "AND r.status = '" + status.code() + "' ";
        String countFilter = status == null ? "" : " AND status = '" + status.code() + "'";
        return get(userId, importId).flatMap(found -> reads.first(
                "SELECT COUNT(*) FROM import_rows WHERE import_id = ?" + countFilter, List.of(importId),
                row -> (int) row.getLong(0))
                .flatMap(total -> reads.list(ROWS + filter + "ORDER BY r.row_no" + RowLimit.of(limit)
                                + " OFFSET " + offset, List.of(importId), this::rowOf)
                        .map(items -> new ImportRowPage(items, offset, total,
                                offset + items.size() < total ? offset + items.size() : null))));
    }

    /** The user's imports, newest first, after the cursor's position. */
    public Uni<ImportPage> list(long userId, String cursor, int limit) {
        Long before = cursor == null ? null : SealedCursor.open(CURSOR_PURPOSE, cursor).map(ImportViews::idOf)
                .orElse(-1L);
        if (before != null && before < 0) {
            return Uni.createFrom().failure(new app.ledger.problem.InvalidInputException("cursor",
                    "The cursor is not one this list handed out. Start again from the first page."));
        }
        String sql = IMPORT + "WHERE i.user_id = ?" + (before == null ? "" : " AND i.id < ?") + " ORDER BY i.id DESC"
                + RowLimit.of(limit + 1);
        List<Object> params = before == null ? List.of(userId) : List.of(userId, before);
        return reads.list(sql, params, this::importOf).map(found -> {
            boolean more = found.size() > limit;
            List<ImportView> items = more ? found.subList(0, limit) : found;
            String next = more ? SealedCursor.seal(CURSOR_PURPOSE, Long.toString(items.get(items.size() - 1).id()))
                    : null;
            return new ImportPage(List.copyOf(items), next);
        });
    }

    /** A row as the API shows it. */
    public static ImportRowView row(int rowNo, int line, RowStatus status, String reason, LocalDate occurredOn,
            Long amountMinor, String currency, String payee, String description, String category,
            String bankReference, DuplicateOfView duplicateOf) {
        return new ImportRowView(rowNo, line, status.code(), reason, occurredOn,
                amountMinor == null || currency == null ? null : amount(amountMinor, currency), currency, payee,
                description, category, bankReference, duplicateOf);
    }

    /** A signed amount in minor units as a decimal string of the currency. */
    public static String amount(long minor, String currency) {
        Optional<Currency> unit = Currencies.find(currency);
        return unit.map(c -> Money.format(minor, c)).orElse(Long.toString(minor));
    }

    private ImportView importOf(Cells row) {
        String currency = row.getString(11);
        Long openingMinor = row.getNullableLong(12);
        Long openingOn = row.getNullableLong(13);
        OpeningBalanceView opening = openingMinor == null || openingOn == null ? null
                : new OpeningBalanceView(amount(openingMinor, currency), LocalDate.ofEpochDay(openingOn));
        String format = row.getString(4);
        return new ImportView(row.getLong(0), row.getLong(1), row.getString(2), row.getString(3), format,
                FormatCodes.format(format).label(), ImportStatus.of(row.getString(5)).code(),
                new ImportCounts((int) row.getLong(6), (int) row.getLong(7), (int) row.getLong(8),
                        (int) row.getLong(9), (int) row.getLong(10)),
                currency, opening, notes(row.getString(14)), instant(row.getNullableLong(15)), row.getString(16),
                instant(row.getNullableLong(17)), instant(row.getNullableLong(18)), null);
    }

    private ImportRowView rowOf(Cells row) {
        String currency = row.getString(6);
        Long duplicateOf = row.getNullableLong(11);
        DuplicateOfView entry = null;
        if (duplicateOf != null && row.getNullableLong(12) != null) {
            long sign = "withdrawal".equals(row.getString(13)) || "transfer_out".equals(row.getString(13)) ? -1 : 1;
            entry = new DuplicateOfView(duplicateOf, LocalDate.ofEpochDay(row.getLong(12)),
                    amount(sign * row.getLong(14), currency == null ? "XXX" : currency), row.getString(15));
        }
        Long day = row.getNullableLong(4);
        return row((int) row.getLong(0), (int) row.getLong(1), RowStatus.of(row.getString(2)), row.getString(3),
                day == null ? null : LocalDate.ofEpochDay(day), row.getNullableLong(5), currency, row.getString(7),
                row.getString(8), row.getString(9), row.getString(10), entry);
    }

    private List<String> notes(String text) {
        if (text == null) {
            return List.of();
        }
        try {
            return json.readValue(text, STRINGS);
        } catch (JsonProcessingException e) {
            return new ArrayList<>(List.of(text));
        }
    }

    private static Instant instant(Long micros) {
        return micros == null ? null : InstantMicrosConverter.fromMicros(micros);
    }

    private static Long idOf(String plain) {
        try {
            return Long.parseLong(plain);
        } catch (NumberFormatException e) {
            return -1L;
        }
    }
}
