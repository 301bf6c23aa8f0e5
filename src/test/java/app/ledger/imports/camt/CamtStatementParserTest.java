package app.ledger.imports.camt;

import static app.ledger.imports.statement.Collected.LIMITS;
import static app.ledger.imports.statement.Collected.resource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.ledger.imports.statement.Collected;
import app.ledger.imports.statement.ImportLimits;
import app.ledger.imports.statement.ImportTooLargeException;
import app.ledger.imports.statement.MalformedStatementException;
import app.ledger.imports.statement.ParseSummary;
import app.ledger.imports.statement.ParsedRow;
import app.ledger.imports.statement.StatementBalance;
import app.ledger.imports.statement.StatementHeader;
import app.ledger.imports.statement.StatementRow;
import app.ledger.imports.statement.StatementSink;
import app.ledger.imports.statement.StatementSource;
import app.ledger.imports.statement.UnknownFormatException;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Enumeration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class CamtStatementParserTest {

    @Test
    void version02WithBatchEntryBalancesAndPendingEntryIsRead() {
        Collected rows = new Collected();
        ParseSummary summary = CamtStatementParser.parse(resource("camt/camt053-v02.xml"), LIMITS, rows);
        assertThat(rows.valid()).containsExactly(
                // a debit: the counterparty is the creditor
                new StatementRow(19, LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 6), -4230, "EUR",
                        "Stadtwerke München", "Abschlag Strom Januar 2026", null, "REF-A"),
                // the batch entry: one row per transaction with its own amount
                new StatementRow(47, LocalDate.of(2026, 1, 20), LocalDate.of(2026, 1, 21), -100_000, "EUR",
                        "Vermieter", "Miete", null, "REF-B-1"),
                new StatementRow(53, LocalDate.of(2026, 1, 20), LocalDate.of(2026, 1, 21), -11_000, "EUR",
                        "Versicherung AG", "Beitrag", null, "REF-B#2"),
                new StatementRow(66, LocalDate.of(2026, 1, 25), null, 1000, "EUR", null, "Zinsen", null, null));
        assertThat(rows.invalid()).singleElement().satisfies(invalid -> {
            assertThat(invalid.line()).isEqualTo(60);
            assertThat(invalid.reason()).contains("not booked").contains("PDNG");
        });
        assertThat(summary.notes()).isEmpty();
        assertThat(rows.statements).containsExactly(new StatementHeader("EUR", "DE89370400440532013000",
                new StatementBalance(100_000, "EUR", LocalDate.of(2025, 12, 31)),
                new StatementBalance(-5230, "EUR", LocalDate.of(2026, 1, 31)), null));
    }

    @Test
    void version08WithNestedPartyNamesStatusCodeAndBatchIsRead() {
        Collected rows = new Collected();
        CamtStatementParser.parse(resource("camt/camt053-v08.xml"), LIMITS, rows);
        assertThat(rows.invalid()).isEmpty();
        assertThat(rows.valid()).first().isEqualTo(new StatementRow(10, LocalDate.of(2026, 3, 2),
                LocalDate.of(2026, 3, 3), 25_000, "CHF", "Kunde Zürich AG", "RF18539007547034", null, "R8-1"));
        assertThat(rows.valid().subList(1, 4)).extracting(StatementRow::amountMinor).containsExactly(-15_000L, -20_000L,
                -10_000L);
        assertThat(rows.valid().subList(1, 4)).extracting(StatementRow::payee).containsExactly("Lieferant A",
                "Lieferant B", "Lieferant C");
        assertThat(rows.valid().subList(1, 4)).extracting(StatementRow::bankReference).containsExactly("R8-2#1", "R8-2#2",
                "R8-2#3");
        assertThat(rows.statements).containsExactly(new StatementHeader("CHF", "0532013000",
                new StatementBalance(50_000, "CHF", LocalDate.of(2026, 2, 28)),
                new StatementBalance(30_000, "CHF", LocalDate.of(2026, 3, 31)), null));
    }

    @Test
    void externalEntitiesAreRefusedAndNothingIsRead() {
        Collected rows = new Collected();
        assertThatThrownBy(() -> CamtStatementParser.parse(resource("camt/xxe.xml"), LIMITS, rows))
                .isInstanceOf(MalformedStatementException.class)
                .hasMessageContaining("DOCTYPE");
        assertThat(rows.rows).isEmpty();
        assertThat(rows.statements).isEmpty();
    }

    @Test
    void aMismatchedTagIsMalformedAtItsLine() {
        assertThatThrownBy(() -> CamtStatementParser.parse(resource("camt/malformed.xml"), LIMITS, new Collected()))
                .isInstanceOfSatisfying(MalformedStatementException.class, e -> {
                    assertThat(e.line()).isEqualTo(44);
                    assertThat(e.getMessage()).startsWith("Line 44: The file is not well-formed XML");
                });
    }

    @Test
    void aFileOverTheByteLimitIsTooLargeNotMalformed() {
        assertThatThrownBy(() -> CamtStatementParser.parse(resource("camt/camt053-v02.xml"),
                new ImportLimits(2000, 1000), new Collected()))
                .isInstanceOfSatisfying(ImportTooLargeException.class, e -> assertThat(e.limit()).isEqualTo("max-bytes"));
        assertThatThrownBy(() -> CamtStatementParser.parse(resource("camt/camt053-v02.xml"),
                new ImportLimits(100_000, 2), new Collected()))
                .isInstanceOfSatisfying(ImportTooLargeException.class, e -> assertThat(e.limit()).isEqualTo("max-rows"));
    }

    @Test
    void otherIsoMessagesAreRefusedAsUnknown() {
        assertThatThrownBy(() -> CamtStatementParser.parse(resource("camt/camt052.xml"), LIMITS, new Collected()))
                .isInstanceOf(UnknownFormatException.class)
                .hasMessageContaining("camt.052");
    }

    @Test
    void aLargeStatementIsDeliveredEntryByEntryWhileStillBeingRead() {
        int entries = 50_000;
        AtomicLong produced = new AtomicLong();
        StatementSource source = () -> generated(entries, produced);
        long[] producedAtFirstRow = {-1};
        long[] count = {0};
        long[] sum = {0};
        CamtStatementParser.parse(source, new ImportLimits(200_000_000, entries), new StatementSink() {
            @Override
            public void row(ParsedRow row) {
                if (producedAtFirstRow[0] < 0) {
                    producedAtFirstRow[0] = produced.get();
                }
                count[0]++;
                sum[0] += ((StatementRow) row).amountMinor();
            }
        });
        assertThat(count[0]).isEqualTo(entries);
        assertThat(sum[0]).isEqualTo(-(long) entries * (entries + 1) / 2);
        assertThat(producedAtFirstRow[0]).isLessThan(entries / 10);
    }

    /** A camt.053 document made entry by entry as it is read, never held whole. */
    private static InputStream generated(int entries, AtomicLong produced) {
        String head = "<?xml version=\"1.0\"?><Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.04\">"
                + "<BkToCstmrStmt><Stmt><Acct><Id><IBAN>DE1</IBAN></Id><Ccy>EUR</Ccy></Acct>\n";
        String tail = "</Stmt></BkToCstmrStmt></Document>\n";
        Enumeration<InputStream> parts = new Enumeration<>() {
            int next = -1;

            @Override
            public boolean hasMoreElements() {
                return next <= entries;
            }

            @Override
            public InputStream nextElement() {
                String text;
                if (next == -1) {
                    text = head;
                } else if (next == entries) {
                    text = tail;
                } else {
                    int n = next + 1;
                    text = "<Ntry><Amt Ccy=\"EUR\">" + (n / 100) + "." + String.format("%02d", n % 100) + "</Amt>"
                            + "<CdtDbtInd>DBIT</CdtDbtInd><Sts>BOOK</Sts><BookgDt><Dt>2026-01-02</Dt></BookgDt>"
                            + "<AcctSvcrRef>R" + n + "</AcctSvcrRef><NtryDtls><TxDtls><RmtInf><Ustrd>Payment " + n
                            + "</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry>\n";
                    produced.incrementAndGet();
                }
                next++;
                return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
            }
        };
        return new SequenceInputStream(parts);
    }
}
