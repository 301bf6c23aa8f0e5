package app.ledger.imports.preview;

import app.ledger.imports.statement.StatementBalance;
import app.ledger.imports.statement.StatementFormat;
import app.ledger.imports.statement.StatementHeader;
import app.ledger.imports.statement.StatementRow;
import java.time.LocalDate;
import java.util.List;

/**
 * The balance a statement states before its first row, offered as an opening-balance deposit so that the
 * rows' withdrawals find money to take from: CAMT.053 states it (OPBD); OFX states the balance after the
 * rows (LEDGERBAL), from which the rows are taken back. CSV and QIF state none. Offered only for a file of
 * one statement in the account's currency, and only when it is positive (a deposit).
 */
public final class OpeningBalanceOffer {

    private OpeningBalanceOffer() {
    }

    /** The offer, or null. */
    public static Offer of(StatementFormat format, List<StatementHeader> headers, List<StatementRow> rows,
            String accountCurrency) {
        if (headers.size() != 1) {
            return null;
        }
        StatementHeader header = headers.get(0);
        LocalDate firstDay = rows.stream().map(StatementRow::occurredOn).min(LocalDate::compareTo).orElse(null);
        Offer offer = switch (format) {
            case CAMT_053 -> header.opening() == null ? null
                    : new Offer(header.opening().amountMinor(), earlier(header.opening().on(), firstDay),
                            header.opening().currency());
            case OFX_SGML, OFX_XML -> header.closing() == null ? null : beforeRows(header.closing(), rows, firstDay);
            default -> null;
        };
        if (offer == null || offer.amountMinor() <= 0 || offer.occurredOn() == null
                || (offer.currency() != null && !offer.currency().equals(accountCurrency))) {
            return null;
        }
        return offer;
    }

    private static Offer beforeRows(StatementBalance closing, List<StatementRow> rows, LocalDate firstDay) {
        long sum = 0;
        for (StatementRow row : rows) {
            sum = Math.addExact(sum, row.amountMinor());
        }
        return new Offer(Math.subtractExact(closing.amountMinor(), sum), firstDay != null ? firstDay : closing.on(),
                closing.currency());
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isBefore(b) ? a : b;
    }

    /** @param currency the balance's currency as the statement names it, or null */
    public record Offer(long amountMinor, LocalDate occurredOn, String currency) {
    }
}
