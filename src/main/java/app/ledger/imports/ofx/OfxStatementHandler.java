package app.ledger.imports.ofx;

import app.ledger.imports.statement.Amounts;
import app.ledger.imports.statement.CountingSink;
import app.ledger.imports.statement.MalformedStatementException;
import app.ledger.imports.statement.StatementBalance;
import app.ledger.imports.statement.StatementHeader;
import app.ledger.imports.statement.StatementRow;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Currency;
import java.util.Deque;

/**
 * Turns the elements of bank ({@code STMTRS}) and credit card ({@code CCSTMTRS}) statements into rows: one per
 * {@code STMTTRN}, and a header per statement with {@code CURDEF}, the account and the {@code LEDGERBAL} and
 * {@code AVAILBAL} balances. Everything else in the file (sign-on, Intuit's extensions) is passed over.
 */
final class OfxStatementHandler implements OfxEvents {

    private static final int MAX_DEPTH = 32;

    private final CountingSink rows;
    private final Deque<String> open = new ArrayDeque<>();
    private boolean sawOfx;
    private int statements;

    // the statement being read
    private String currency;
    private String account;
    private StatementBalance closing;
    private StatementBalance available;

    // the transaction being read
    private Transaction transaction;

    // a balance being read
    private String balanceAmount;
    private String balanceDate;

    private static final class Transaction {
        final int line;
        String fitId;
        String posted;
        String amount;
        String name;
        String payee;
        String memo;
        String currency;

        Transaction(int line) {
            this.line = line;
        }
    }

    OfxStatementHandler(CountingSink rows) {
        this.rows = rows;
    }

    @Override
    public void open(String name, int line) {
        if (open.size() == MAX_DEPTH) {
            throw new MalformedStatementException(line, "The elements are nested deeper than OFX ever is.");
        }
        switch (name) {
            case "OFX" -> sawOfx = true;
            case "STMTRS", "CCSTMTRS" -> {
                currency = null;
                account = null;
                closing = null;
                available = null;
            }
            case "STMTTRN" -> {
                if (transaction != null) { // the previous one was never closed
                    emit();
                }
                transaction = new Transaction(line);
            }
            case "LEDGERBAL", "AVAILBAL" -> {
                balanceAmount = null;
                balanceDate = null;
            }
            default -> {
            }
        }
        open.push(name);
    }

    @Override
    public void close(String name, int line) {
        if (!open.contains(name)) {
            throw new MalformedStatementException(line, "</" + name + "> closes an element that is not open.");
        }
        while (!open.isEmpty()) {
            String closed = open.pop();
            closed(closed, line);
            if (closed.equals(name)) {
                return;
            }
        }
    }

    private void closed(String name, int line) {
        switch (name) {
            case "STMTTRN" -> {
                if (transaction != null) {
                    emit();
                }
            }
            case "LEDGERBAL" -> closing = balance(line);
            case "AVAILBAL" -> available = balance(line);
            case "STMTRS", "CCSTMTRS" -> {
                statements++;
                rows.statement(new StatementHeader(currency, account, null, closing, available));
            }
            default -> {
            }
        }
    }

    @Override
    public void leaf(String name, String value, int line) {
        String parent = open.peek();
        if (transaction != null && inside("STMTTRN")) {
            switch (name) {
                case "FITID" -> transaction.fitId = value;
                case "DTPOSTED" -> transaction.posted = value;
                case "TRNAMT" -> transaction.amount = value;
                case "NAME" -> {
                    if ("PAYEE".equals(parent)) {
                        transaction.payee = value;
                    } else {
                        transaction.name = value;
                    }
                }
                case "PAYEE" -> transaction.payee = value; // some banks write the payee as a leaf
                case "MEMO" -> transaction.memo = value;
                case "CURSYM" -> {
                    if ("CURRENCY".equals(parent)) {
                        transaction.currency = value;
                    }
                }
                default -> {
                }
            }
            return;
        }
        switch (name) {
            case "CURDEF" -> currency = value.toUpperCase(java.util.Locale.ROOT);
            case "ACCTID" -> account = value;
            case "BALAMT" -> balanceAmount = value;
            case "DTASOF" -> balanceDate = value;
            default -> {
            }
        }
    }

    private boolean inside(String name) {
        return open.contains(name);
    }

    private StatementBalance balance(int line) {
        BigDecimal amount = decimal(balanceAmount);
        LocalDate on = OfxDates.day(balanceDate);
        Currency ccy = Amounts.currency(currency).orElse(null);
        if (amount == null || ccy == null) {
            return null;
        }
        try {
            return new StatementBalance(Amounts.toMinor(amount, ccy), ccy.getCurrencyCode(), on);
        } catch (IllegalArgumentException e) {
            throw new MalformedStatementException(line, "The balance " + balanceAmount + " cannot be read: "
                    + e.getMessage());
        }
    }

    private void emit() {
        Transaction t = transaction;
        transaction = null;
        if (t.amount == null) {
            rows.invalid(t.line, "The transaction has no amount (TRNAMT).");
            return;
        }
        if (t.posted == null) {
            rows.invalid(t.line, "The transaction has no date (DTPOSTED).");
            return;
        }
        LocalDate day = OfxDates.day(t.posted);
        if (day == null) {
            rows.invalid(t.line, "\"" + t.posted + "\" is not an OFX date such as 20260131 or "
                    + "20260131120000[-5:EST].");
            return;
        }
        BigDecimal amount = decimal(t.amount);
        if (amount == null) {
            rows.invalid(t.line, "\"" + t.amount + "\" is not an amount.");
            return;
        }
        String code = t.currency != null ? t.currency : currency;
        Currency ccy = Amounts.currency(code).orElse(null);
        if (ccy == null) {
            rows.invalid(t.line, code == null ? "The statement names no currency (CURDEF)."
                    : "\"" + code + "\" is not a currency code such as EUR or USD.");
            return;
        }
        long minor;
        try {
            minor = Amounts.toMinor(amount, ccy);
        } catch (IllegalArgumentException e) {
            rows.invalid(t.line, e.getMessage());
            return;
        }
        String payee = t.payee != null ? t.payee : t.name;
        rows.row(new StatementRow(t.line, day, null, minor, ccy.getCurrencyCode(), payee, t.memo, null,
                t.fitId));
    }

    /** {@code -12.50}, and {@code -12,50} as some European banks write it. */
    private static BigDecimal decimal(String text) {
        if (text == null) {
            return null;
        }
        String s = text.strip();
        BigDecimal plain = Amounts.plainDecimal(s);
        if (plain == null && s.indexOf('.') < 0 && s.indexOf(',') == s.lastIndexOf(',')) {
            plain = Amounts.plainDecimal(s.replace(',', '.'));
        }
        return plain;
    }

    /** Checks, at the end of the file, that it held a statement and ended outside one. */
    void finish(int line) {
        if (transaction != null) {
            throw new MalformedStatementException(transaction.line, "The file ends inside the transaction that "
                    + "starts here.");
        }
        if (!open.isEmpty()) {
            throw new MalformedStatementException(line, "The file ends before <" + open.peekLast() + "> is closed: "
                    + "it is cut off.");
        }
        if (!sawOfx) {
            throw new MalformedStatementException(0, "The file holds no <OFX> element: it is not an OFX file.");
        }
        if (statements == 0) {
            throw new MalformedStatementException(line, "The OFX file holds no bank or credit card statement "
                    + "(STMTRS or CCSTMTRS); investment statements are not imported.");
        }
    }
}
