package app.ledger.imports.inspect;

import app.ledger.account.Account;
import app.ledger.account.AccountAccess;
import app.ledger.account.Permission;
import app.ledger.imports.parse.CsvReading;
import app.ledger.imports.parse.ReadStatement;
import app.ledger.imports.parse.StatementReading;
import app.ledger.imports.preview.StatementRows;
import app.ledger.imports.statement.ParsedRow;
import app.ledger.imports.statement.StatementRow;
import app.ledger.imports.store.ImportRowData;
import app.ledger.imports.upload.Upload;
import app.ledger.imports.view.FormatCodes;
import app.ledger.imports.view.ImportRowView;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/** Reads a statement for the wizard without importing anything: format, CSV reading, first rows, notes. */
@ApplicationScoped
public class InspectService {

    static final int ROWS = 20;
    private static final String NO_ACCOUNT_CURRENCY = "EUR";

    private final AccountAccess access;
    private final StatementReading reading;

    public InspectService(AccountAccess access, StatementReading reading) {
        this.access = access;
        this.reading = reading;
    }

    /** @param accountId whose currency amounts without one are in; null: the user's first account's */
    public Uni<InspectView> inspect(long userId, Long accountId, Upload upload) {
        return currency(userId, accountId).flatMap(currency -> reading
                .read(userId, upload, Currency.getInstance(currency), false)
                .map(statement -> view(upload, statement, currency)));
    }

    private Uni<String> currency(long userId, Long accountId) {
        if (accountId != null) {
            return access.require(userId, accountId, Permission.READ).map(account -> account.currency);
        }
        return access.readable(userId).map(accounts -> accounts.stream().map((Account a) -> a.currency).findFirst()
                .orElse(NO_ACCOUNT_CURRENCY));
    }

    private static InspectView view(Upload upload, ReadStatement statement, String currency) {
        List<ImportRowView> rows = new ArrayList<>();
        for (ParsedRow parsed : statement.rows()) {
            if (rows.size() == ROWS) {
                break;
            }
            int rowNo = rows.size() + 1;
            String invalid = StatementRows.invalidReason(parsed, currency);
            ImportRowData row = invalid != null ? StatementRows.invalid(rowNo, parsed, invalid)
                    : StatementRows.judged(rowNo, (StatementRow) parsed, null, 0);
            rows.add(StatementRows.view(row, null));
        }
        return new InspectView(FormatCodes.code(statement.format()), statement.format().label(), upload.fileName(),
                csv(statement.csv()), rows, statement.notes());
    }

    private static CsvInspectView csv(CsvReading csv) {
        if (csv == null) {
            return null;
        }
        return new CsvInspectView(csv.inspection().dialect(), csv.inspection().header(), csv.inspection().sample(),
                csv.inspection().headerFingerprint(), csv.mapping(), csv.inspection().suggestion().dateFormats(),
                csv.problems(), csv.profile());
    }
}
