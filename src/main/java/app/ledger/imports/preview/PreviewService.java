package app.ledger.imports.preview;

import app.ledger.account.Account;
import app.ledger.account.AccountAccess;
import app.ledger.account.Permission;
import app.ledger.config.LedgerConfig;
import app.ledger.imports.csv.CsvJson;
import app.ledger.imports.duplicate.DuplicateMatch;
import app.ledger.imports.duplicate.DuplicateMatcher;
import app.ledger.imports.duplicate.ExistingEntry;
import app.ledger.imports.duplicate.IncomingRow;
import app.ledger.imports.parse.ReadStatement;
import app.ledger.imports.parse.StatementReading;
import app.ledger.imports.statement.ParsedRow;
import app.ledger.imports.statement.StatementRow;
import app.ledger.imports.store.ImportRecord;
import app.ledger.imports.store.ImportRowData;
import app.ledger.imports.store.ImportStatus;
import app.ledger.imports.store.ImportStore;
import app.ledger.imports.store.RowStatus;
import app.ledger.imports.upload.Upload;
import app.ledger.imports.view.FormatCodes;
import app.ledger.imports.view.ImportRowView;
import app.ledger.imports.view.ImportView;
import app.ledger.imports.view.ImportViews;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a statement into a preview of an account's import: every row judged new, duplicate (already in the
 * ledger) or invalid, stored with the import in one transaction. Nothing in the ledger changes.
 */
@ApplicationScoped
public class PreviewService {

    private final AccountAccess access;
    private final StatementReading reading;
    private final AccountEntries entries;
    private final ImportStore store;
    private final ImportViews views;
    private final ObjectMapper json;
    private final int duplicateDays;

    public PreviewService(AccountAccess access, StatementReading reading, AccountEntries entries, ImportStore store,
            ImportViews views, ObjectMapper json, LedgerConfig config) {
        this.access = access;
        this.reading = reading;
        this.entries = entries;
        this.store = store;
        this.views = views;
        this.json = json;
        this.duplicateDays = config.imports().duplicateDays();
    }

    public Uni<ImportView> preview(long userId, long accountId, Upload upload) {
        return access.require(userId, accountId, Permission.WRITE)
                .flatMap(account -> reading.read(userId, upload, Currency.getInstance(account.currency), true)
                        .flatMap(statement -> judge(account, statement)
                                .flatMap(judged -> save(userId, account, upload, statement, judged))));
    }

    private Uni<Judged> judge(Account account, ReadStatement statement) {
        List<StatementRow> valid = new ArrayList<>();
        for (ParsedRow row : statement.rows()) {
            if (StatementRows.invalidReason(row, account.currency) == null) {
                valid.add((StatementRow) row);
            }
        }
        if (valid.isEmpty()) {
            return Uni.createFrom().item(build(account, statement, valid, List.of()));
        }
        LocalDate first = valid.stream().map(StatementRow::occurredOn).min(LocalDate::compareTo).orElseThrow();
        LocalDate last = valid.stream().map(StatementRow::occurredOn).max(LocalDate::compareTo).orElseThrow();
        return entries.between(account.id, first.minusDays(duplicateDays), last.plusDays(duplicateDays))
                .map(existing -> build(account, statement, valid, existing));
    }

    private Judged build(Account account, ReadStatement statement, List<StatementRow> valid,
            List<ExistingEntry> existing) {
        List<IncomingRow> incoming = valid.stream().map(row -> new IncomingRow(row.occurredOn(), row.amountMinor(),
                row.payee(), row.description(), row.bankReference())).toList();
        List<DuplicateMatch> matches = DuplicateMatcher.match(incoming, existing, duplicateDays);
        List<ImportRowData> rows = new ArrayList<>(statement.rows().size());
        List<ImportRowView> views = new ArrayList<>(statement.rows().size());
        int next = 0;
        for (ParsedRow parsed : statement.rows()) {
            int rowNo = rows.size() + 1;
            String invalid = StatementRows.invalidReason(parsed, account.currency);
            ImportRowData row;
            DuplicateMatch match = null;
            if (invalid != null) {
                row = StatementRows.invalid(rowNo, parsed, invalid);
            } else {
                match = matches.get(next++);
                row = StatementRows.judged(rowNo, (StatementRow) parsed, match, duplicateDays);
            }
            rows.add(row);
            views.add(StatementRows.view(row, match));
        }
        return new Judged(rows, views, OpeningBalanceOffer.of(statement.format(), statement.headers(), valid,
                account.currency));
    }

    private Uni<ImportView> save(long userId, Account account, Upload upload, ReadStatement statement,
            Judged judged) {
        ImportRecord record = new ImportRecord();
        record.userId = userId;
        record.accountId = account.id;
        record.fileName = upload.fileName();
        record.format = FormatCodes.code(statement.format());
        record.status = ImportStatus.PREVIEWED.code();
        record.totalRows = judged.rows().size();
        record.newRows = count(judged.rows(), RowStatus.NEW);
        record.duplicateRows = count(judged.rows(), RowStatus.DUPLICATE);
        record.invalidRows = count(judged.rows(), RowStatus.INVALID);
        if (judged.opening() != null) {
            record.openingBalanceMinor = judged.opening().amountMinor();
            record.openingBalanceOn = judged.opening().occurredOn();
        }
        record.options = CsvJson.write(json, options(statement));
        record.notes = CsvJson.write(json, statement.notes());
        record.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        return Panache.withTransaction(() -> store.insert(record, judged.rows()))
                .flatMap(saved -> views.get(userId, saved.id))
                .map(view -> view.withRows(judged.views()));
    }

    private static Map<String, Object> options(ReadStatement statement) {
        Map<String, Object> options = new LinkedHashMap<>();
        if (statement.csv() != null) {
            options.put("dialect", statement.csv().inspection().dialect());
            options.put("mapping", statement.csv().mapping());
            if (statement.csv().profile() != null) {
                options.put("profileId", statement.csv().profile().id());
            }
        }
        if (statement.qifDateOrder() != null) {
            options.put("qifDateOrder", statement.qifDateOrder());
        }
        return options;
    }

    private static int count(List<ImportRowData> rows, RowStatus status) {
        int n = 0;
        for (ImportRowData row : rows) {
            if (row.status() == status) {
                n++;
            }
        }
        return n;
    }

    private record Judged(List<ImportRowData> rows, List<ImportRowView> views, OpeningBalanceOffer.Offer opening) {
    }
}
