package app.ledger.imports.preview;

import app.ledger.imports.duplicate.DuplicateMatch;
import app.ledger.imports.statement.InvalidRow;
import app.ledger.imports.statement.ParsedRow;
import app.ledger.imports.statement.StatementRow;
import app.ledger.imports.store.ImportRowData;
import app.ledger.imports.store.RowStatus;
import app.ledger.imports.view.DuplicateOfView;
import app.ledger.imports.view.ImportRowView;
import app.ledger.imports.view.ImportViews;

/** Turns parsed rows into import rows, and import rows into their API view. */
public final class StatementRows {

    private StatementRows() {
    }

    /** Why a parsed row cannot be imported into an account of this currency, or null when it can. */
    public static String invalidReason(ParsedRow row, String accountCurrency) {
        if (row instanceof InvalidRow invalid) {
            return invalid.reason();
        }
        StatementRow valid = (StatementRow) row;
        if (!valid.currency().equals(accountCurrency)) {
            return "The amount is in " + valid.currency() + " but the account holds " + accountCurrency
                    + ": import it into an account in " + valid.currency() + ".";
        }
        return null;
    }

    public static ImportRowData invalid(int rowNo, ParsedRow row, String reason) {
        if (row instanceof StatementRow valid) {
            return new ImportRowData(rowNo, row.line(), RowStatus.INVALID, reason, valid.occurredOn(),
                    valid.valueDate(), valid.amountMinor(), valid.currency(), valid.payee(), valid.description(),
                    valid.category(), valid.bankReference(), null);
        }
        return new ImportRowData(rowNo, row.line(), RowStatus.INVALID, reason, null, null, null, null, null, null,
                null, null, null);
    }

    public static ImportRowData judged(int rowNo, StatementRow row, DuplicateMatch match, int duplicateDays) {
        RowStatus status = match == null ? RowStatus.NEW : RowStatus.DUPLICATE;
        return new ImportRowData(rowNo, row.line(), status, match == null ? null : reason(row, match, duplicateDays),
                row.occurredOn(), row.valueDate(), row.amountMinor(), row.currency(), row.payee(), row.description(),
                row.category(), row.bankReference(), match == null ? null : match.entry().id());
    }

    static String reason(StatementRow row, DuplicateMatch match, int duplicateDays) {
        return switch (match.basis()) {
            case BANK_ID -> "Same bank id " + row.bankReference() + " as entry #" + match.entry().id() + " of "
                    + match.entry().occurredOn() + ".";
            case AMOUNT_DATE_AND_TEXT -> "Same amount on " + match.entry().occurredOn() + " (±" + duplicateDays
                    + " days) and a similar payee as entry #" + match.entry().id() + ".";
        };
    }

    public static ImportRowView view(ImportRowData row, DuplicateMatch match) {
        DuplicateOfView duplicateOf = match == null ? null : new DuplicateOfView(match.entry().id(),
                match.entry().occurredOn(), ImportViews.amount(match.entry().signedMinor(), row.currency()),
                match.entry().payee());
        return ImportViews.row(row.rowNo(), row.line(), row.status(), row.reason(), row.occurredOn(),
                row.amountMinor(), row.currency(), row.payee(), row.description(), row.category(),
                row.bankReference(), duplicateOf);
    }
}
