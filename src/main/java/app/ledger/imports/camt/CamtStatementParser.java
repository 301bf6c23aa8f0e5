package app.ledger.imports.camt;

import app.ledger.imports.statement.Amounts;
import app.ledger.imports.statement.CountingSink;
import app.ledger.imports.statement.ImportLimits;
import app.ledger.imports.statement.MalformedStatementException;
import app.ledger.imports.statement.ParseSummary;
import app.ledger.imports.statement.SafeXml;
import app.ledger.imports.statement.StatementBalance;
import app.ledger.imports.statement.StatementHeader;
import app.ledger.imports.statement.StatementRow;
import app.ledger.imports.statement.StatementSink;
import app.ledger.imports.statement.StatementSource;
import app.ledger.imports.statement.UnknownFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads ISO 20022 bank-to-customer statements (camt.053, versions 001.02 to 001.08) one entry at a time with
 * the safe streaming XML parser. An entry ({@code Ntry}) is one row; a batch entry whose transaction details
 * ({@code TxDtls}) carry their own amounts becomes one row per transaction. To stay in constant memory, at most
 * one transaction of a batch is held back: the first, until the second shows it is a batch. Blocking.
 */
public final class CamtStatementParser {

    static final Pattern NAMESPACE = Pattern.compile("urn:iso:std:iso:20022:tech:xsd:camt\\.053\\.001\\.0([2-8])");
    private static final int MAX_DEPTH = 64;

    private final XMLStreamReader xml;
    private final CountingSink rows;
    private final List<String> path = new ArrayList<>();

    private Statement statement;
    private Balance balance;
    private Entry entry;
    private Details details;

    private static final class Statement {
        String currency;
        String account;
        StatementBalance opening;
        StatementBalance closing;
        StatementBalance available;
        StatementBalance previouslyClosed;
    }

    private static final class Balance {
        String type;
        String amount;
        String currency;
        String sign;
        String date;
    }

    private static final class Entry {
        final int line;
        String amount;
        String currency;
        String sign;
        String status;
        String booked;
        String value;
        String reference;
        String info;
        int details;
        Details held; // the first transaction, until a second one makes this a batch
        boolean batch;
        BigDecimal batchSum = BigDecimal.ZERO;

        Entry(int line) {
            this.line = line;
        }
    }

    private static final class Details {
        final int line;
        String amount;
        String currency;
        String sign;
        String reference;
        String creditor;
        String debtor;
        StringBuilder remittance = new StringBuilder();
        String structuredReference;
        String info;

        Details(int line) {
            this.line = line;
        }
    }

    private CamtStatementParser(XMLStreamReader xml, CountingSink rows) {
        this.xml = xml;
        this.rows = rows;
    }

    public static ParseSummary parse(StatementSource source, ImportLimits limits, StatementSink sink) {
        CountingSink rows = new CountingSink(sink, limits);
        try (InputStream in = source.openLimited(limits)) {
            XMLStreamReader xml = SafeXml.open(in);
            try {
                new CamtStatementParser(xml, rows).run();
            } finally {
                SafeXml.close(xml);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows.summary();
    }

    private void run() {
        boolean root = false;
        int statements = 0;
        while (SafeXml.hasNext(xml)) {
            int event = SafeXml.next(xml);
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = xml.getLocalName();
                if (!root) {
                    checkRoot();
                    root = true;
                }
                if (path.size() == MAX_DEPTH) {
                    throw new MalformedStatementException(SafeXml.line(xml), "The elements are nested deeper than "
                            + "CAMT ever is.");
                }
                path.add(name);
                start(name);
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                String name = path.remove(path.size() - 1);
                if (end(name)) {
                    statements++;
                }
            }
        }
        if (!root) {
            throw new MalformedStatementException(0, "The file holds no XML element.");
        }
        if (statements == 0) {
            throw new MalformedStatementException(SafeXml.line(xml), "The file holds no statement (Stmt).");
        }
    }

    private void checkRoot() {
        String namespace = xml.getNamespaceURI();
        Matcher matcher = NAMESPACE.matcher(namespace == null ? "" : namespace);
        if (!"Document".equals(xml.getLocalName()) || !matcher.matches()) {
            throw new UnknownFormatException("The XML file is not a camt.053 statement (its root is <"
                    + xml.getLocalName() + "> in " + (namespace == null || namespace.isEmpty() ? "no namespace"
                            : namespace) + ").");
        }
    }

    private void start(String name) {
        int line = SafeXml.line(xml);
        switch (name) {
            case "Stmt" -> {
                statement = new Statement();
                return;
            }
            case "Bal" -> {
                if (statement != null && entry == null) {
                    balance = new Balance();
                }
                return;
            }
            case "Ntry" -> {
                if (statement != null) {
                    entry = new Entry(line);
                }
                return;
            }
            case "TxDtls" -> {
                if (entry != null) {
                    details = new Details(line);
                }
                return;
            }
            default -> {
            }
        }
        if (details != null) {
            detailsLeaf(name);
        } else if (entry != null) {
            entryLeaf(name);
        } else if (balance != null) {
            balanceLeaf(name);
        } else if (statement != null) {
            statementLeaf(name);
        }
    }

    private void statementLeaf(String name) {
        if (endsWith("Acct", "Ccy")) {
            statement.currency = leafText();
        } else if (endsWith("Acct", "Id", "IBAN") || endsWith("Acct", "Id", "Othr", "Id")) {
            statement.account = leafText();
        }
    }

    private void balanceLeaf(String name) {
        if (endsWith("Tp", "CdOrPrtry", "Cd")) {
            balance.type = leafText();
        } else if (endsWith("Bal", "Amt")) {
            balance.currency = xml.getAttributeValue(null, "Ccy");
            balance.amount = leafText();
        } else if (endsWith("Bal", "CdtDbtInd")) {
            balance.sign = leafText();
        } else if (endsWith("Bal", "Dt", "Dt") || endsWith("Bal", "Dt", "DtTm")) {
            balance.date = leafText();
        }
    }

    private void entryLeaf(String name) {
        if (endsWith("Ntry", "Amt")) {
            entry.currency = xml.getAttributeValue(null, "Ccy");
            entry.amount = leafText();
        } else if (endsWith("Ntry", "CdtDbtInd")) {
            entry.sign = leafText();
        } else if (endsWith("Ntry", "Sts") || endsWith("Ntry", "Sts", "Cd")) {
            String status = leafTextOrNull();
            if (status != null) {
                entry.status = status;
            }
        } else if (endsWith("BookgDt", "Dt") || endsWith("BookgDt", "DtTm")) {
            entry.booked = leafText();
        } else if (endsWith("ValDt", "Dt") || endsWith("ValDt", "DtTm")) {
            entry.value = leafText();
        } else if (endsWith("Ntry", "AcctSvcrRef")) {
            entry.reference = leafText();
        } else if (endsWith("Ntry", "AddtlNtryInf")) {
            entry.info = leafText();
        }
    }

    private void detailsLeaf(String name) {
        if (endsWith("TxDtls", "Amt") || endsWith("AmtDtls", "TxAmt", "Amt")) {
            String currency = xml.getAttributeValue(null, "Ccy");
            String amount = leafText();
            if (details.amount == null || endsWith("TxDtls", "Amt")) {
                details.currency = currency;
                details.amount = amount;
            }
        } else if (endsWith("TxDtls", "CdtDbtInd")) {
            details.sign = leafText();
        } else if (endsWith("Refs", "AcctSvcrRef")) {
            details.reference = leafText();
        } else if (endsWith("RltdPties", "Cdtr", "Nm") || endsWith("RltdPties", "Cdtr", "Pty", "Nm")) {
            details.creditor = leafText();
        } else if (endsWith("RltdPties", "Dbtr", "Nm") || endsWith("RltdPties", "Dbtr", "Pty", "Nm")) {
            details.debtor = leafText();
        } else if (endsWith("RmtInf", "Ustrd")) {
            String text = leafText();
            if (!text.isEmpty() && details.remittance.length() < 1000) {
                details.remittance.append(details.remittance.length() > 0 ? " " : "").append(text);
            }
        } else if (endsWith("CdtrRefInf", "Ref")) {
            details.structuredReference = leafText();
        } else if (endsWith("TxDtls", "AddtlTxInf")) {
            details.info = leafText();
        }
    }

    /** Handles the end of an element; answers whether a statement ended. */
    private boolean end(String name) {
        switch (name) {
            case "TxDtls" -> {
                if (details != null && entry != null) {
                    detailsEnded(details);
                }
                details = null;
            }
            case "Ntry" -> {
                if (entry != null) {
                    entryEnded(entry);
                }
                entry = null;
            }
            case "Bal" -> {
                if (balance != null) {
                    balanceEnded(balance);
                }
                balance = null;
            }
            case "Stmt" -> {
                if (statement != null) {
                    Statement s = statement;
                    statement = null;
                    rows.statement(new StatementHeader(s.currency, s.account,
                            s.opening != null ? s.opening : s.previouslyClosed, s.closing, s.available));
                    return true;
                }
            }
            default -> {
            }
        }
        return false;
    }

    private void balanceEnded(Balance b) {
        if (b.type == null) {
            return;
        }
        int line = SafeXml.line(xml);
        Currency currency = Amounts.currency(b.currency).orElse(null);
        BigDecimal amount = Amounts.plainDecimal(b.amount);
        LocalDate on = day(b.date);
        if (currency == null || amount == null || on == null) {
            throw new MalformedStatementException(line, "The " + b.type + " balance needs an amount with its "
                    + "currency and a date.");
        }
        long minor;
        try {
            minor = Amounts.toMinor("DBIT".equals(b.sign) ? amount.negate() : amount, currency);
        } catch (IllegalArgumentException e) {
            throw new MalformedStatementException(line, e.getMessage());
        }
        StatementBalance value = new StatementBalance(minor, currency.getCurrencyCode(), on);
        switch (b.type) {
            case "OPBD" -> statement.opening = value;
            case "PRCD" -> statement.previouslyClosed = value;
            case "CLBD" -> statement.closing = value;
            case "CLAV" -> statement.available = value;
            default -> {
            }
        }
    }

    private void detailsEnded(Details d) {
        entry.details++;
        if (entry.status != null && !entry.status.equals("BOOK")) {
            return; // the entry is refused as a whole at its end
        }
        if (entry.details == 1) {
            entry.held = d;
            return;
        }
        if (entry.details == 2) {
            entry.batch = entry.held.amount != null && d.amount != null;
            if (!entry.batch) {
                return;
            }
            batchRow(entry.held, 1);
            entry.held = null;
        }
        if (entry.batch) {
            batchRow(d, entry.details);
        }
    }

    private void batchRow(Details d, int index) {
        if (d.amount == null) {
            rows.invalid(d.line, "This transaction of a batch entry has no amount of its own.");
            return;
        }
        String sign = d.sign != null ? d.sign : entry.sign;
        String currency = d.currency != null ? d.currency : entry.currency;
        String reference = d.reference != null ? d.reference
                : entry.reference != null ? entry.reference + "#" + index : null;
        StatementRow row = row(d.line, d.amount, currency, sign, d, null, reference);
        if (row != null) {
            entry.batchSum = entry.batchSum.add(BigDecimal.valueOf(row.amountMinor()));
        }
    }

    private void entryEnded(Entry e) {
        if (e.status != null && !e.status.equals("BOOK")) {
            rows.invalid(e.line, "The entry is not booked yet (status " + e.status + ").");
            return;
        }
        if (e.batch) {
            BigDecimal amount = Amounts.plainDecimal(e.amount);
            Currency currency = Amounts.currency(e.currency).orElse(null);
            if (amount != null && currency != null) {
                long minor = Amounts.toMinor("DBIT".equals(e.sign) ? amount.negate() : amount, currency);
                if (e.batchSum.longValue() != minor) {
                    rows.note("Line " + e.line + ": the transactions of the batch entry add up to "
                            + e.batchSum.longValue() + " minor units, not to the entry's " + minor + ".");
                }
            }
            return;
        }
        String info = e.details > 1 && e.info == null ? "Batch of " + e.details + " transactions" : e.info;
        row(e.line, e.amount, e.currency, e.sign, e.details == 1 ? e.held : null, info, e.reference);
    }

    /** Emits the row of an entry (or of a batch's transaction); answers it, or null when it was invalid. */
    private StatementRow row(int line, String amountText, String currencyCode, String sign, Details d,
            String entryInfo, String reference) {
        LocalDate booked = day(entry.booked);
        if (booked == null) {
            rows.invalid(line, entry.booked == null ? "The entry has no booking date (BookgDt)."
                    : "\"" + entry.booked + "\" is not a date such as 2026-01-31.");
            return null;
        }
        BigDecimal amount = Amounts.plainDecimal(amountText);
        if (amount == null || amount.signum() < 0) {
            rows.invalid(line, amountText == null ? "The entry has no amount (Amt)."
                    : "\"" + amountText + "\" is not an amount such as 12.50.");
            return null;
        }
        if (!"DBIT".equals(sign) && !"CRDT".equals(sign)) {
            rows.invalid(line, "The entry says neither DBIT nor CRDT (CdtDbtInd).");
            return null;
        }
        Currency currency = Amounts.currency(currencyCode).orElse(null);
        if (currency == null) {
            rows.invalid(line, "\"" + currencyCode + "\" is not a currency code such as EUR.");
            return null;
        }
        long minor;
        try {
            minor = Amounts.toMinor("DBIT".equals(sign) ? amount.negate() : amount, currency);
        } catch (IllegalArgumentException e) {
            rows.invalid(line, e.getMessage());
            return null;
        }
        String payee = null;
        String description = null;
        if (d != null) {
            payee = "DBIT".equals(sign) ? d.creditor : d.debtor;
            description = d.remittance.length() > 0 ? d.remittance.toString()
                    : d.structuredReference != null ? d.structuredReference : d.info;
        }
        if (description == null) {
            description = entryInfo;
        }
        StatementRow row = new StatementRow(line, booked, day(entry.value), minor, currency.getCurrencyCode(), payee,
                description, null, reference);
        rows.row(row);
        return row;
    }

    /** The day of an ISODate or ISODateTime as written: {@code 2026-01-31}, {@code 2026-01-31T23:30:00+01:00}. */
    static LocalDate day(String text) {
        if (text == null || text.length() < 10) {
            return null;
        }
        String s = text.strip();
        if (s.length() < 10 || (s.length() > 10 && s.charAt(10) != 'T')) {
            return null;
        }
        try {
            return LocalDate.parse(s.substring(0, 10));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private boolean endsWith(String... names) {
        int offset = path.size() - names.length;
        if (offset < 0) {
            return false;
        }
        for (int i = 0; i < names.length; i++) {
            if (!names[i].equals(path.get(offset + i))) {
                return false;
            }
        }
        return true;
    }

    /** The text of the leaf just started; its end is consumed, so the path loses it. */
    private String leafText() {
        String text = SafeXml.text(xml);
        path.remove(path.size() - 1);
        return text;
    }

    /** Like {@link #leafText} when the element holds text; null, leaving it open, when it holds elements. */
    private String leafTextOrNull() {
        // Sts is text up to 001.07 and holds <Cd> from 001.08; peek at the next event to tell
        while (SafeXml.hasNext(xml)) {
            int event = SafeXml.next(xml);
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = xml.getLocalName();
                path.add(name);
                if (endsWith("Sts", "Cd")) {
                    entry.status = leafText();
                }
                return null;
            }
            if (event == XMLStreamConstants.CHARACTERS && !xml.isWhiteSpace()) {
                StringBuilder text = new StringBuilder(xml.getText());
                while (SafeXml.hasNext(xml)) {
                    int next = SafeXml.next(xml);
                    if (next == XMLStreamConstants.END_ELEMENT) {
                        path.remove(path.size() - 1);
                        return text.toString().strip();
                    }
                    if (next == XMLStreamConstants.CHARACTERS) {
                        text.append(xml.getText());
                    }
                }
            }
            if (event == XMLStreamConstants.END_ELEMENT) {
                path.remove(path.size() - 1);
                return null;
            }
        }
        return null;
    }
}
