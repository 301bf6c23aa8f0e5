package app.ledger.rate.ecb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EcbRatesReaderTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 3, 18);

    private static List<EcbDay> read(byte[] xml) {
        try (EcbRatesReader reader = new EcbRatesReader(new ByteArrayInputStream(xml), TODAY)) {
            List<EcbDay> days = new ArrayList<>();
            for (EcbDay day = reader.next(); day != null; day = reader.next()) {
                days.add(day);
            }
            return days;
        }
    }

    private static List<EcbDay> read(String xml) {
        return read(xml.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theDailyFileIsOneDayOfThirtyRates() {
        List<EcbDay> days = read(EcbSamples.bytes(EcbSamples.DAILY));
        assertThat(days).hasSize(1);
        EcbDay day = days.get(0);
        assertThat(day.date()).isEqualTo(LocalDate.of(2025, 3, 14));
        assertThat(day.rates()).hasSize(30).containsEntry("USD", new BigDecimal("1.0878"))
                .containsEntry("JPY", new BigDecimal("161.18")).containsEntry("IDR", new BigDecimal("17859.66"))
                .containsEntry("GBP", new BigDecimal("0.84058"));
        assertThat(day.skipped()).isZero();
    }

    @Test
    void theNinetyDayFileIsReadDayByDayNewestFirst() {
        List<EcbDay> days = read(EcbSamples.bytes(EcbSamples.NINETY_DAYS));
        assertThat(days).extracting(EcbDay::date).containsExactly(LocalDate.of(2025, 3, 17),
                LocalDate.of(2025, 3, 14), LocalDate.of(2025, 3, 13), LocalDate.of(2025, 3, 12));
        assertThat(days).allSatisfy(day -> assertThat(day.rates()).hasSize(30));
        assertThat(days.get(0).rates()).containsEntry("USD", new BigDecimal("1.0872"));
        assertThat(days.get(3).rates()).containsEntry("USD", new BigDecimal("1.0869"));
    }

    @Test
    void anExternalEntityIsRefusedWithoutBeingRead() {
        assertThatThrownBy(() -> read(EcbSamples.EXTERNAL_ENTITY)).isInstanceOf(EcbFileException.class)
                .hasMessageContaining("Line 2")
                .hasMessageContaining("document type declaration");
    }

    @Test
    void entityExpansionIsRefusedBeforeAnythingExpands() {
        assertThatThrownBy(() -> read(EcbSamples.BILLION_LAUGHS)).isInstanceOf(EcbFileException.class)
                .hasMessageContaining("document type declaration");
    }

    @Test
    void anUndeclaredEntityIsRefused() {
        String xml = EcbSamples.HEAD + EcbSamples.ENVELOPE + "<Cube><Cube time='2025-03-14'>"
                + "<Cube currency='USD' rate='&x;'/></Cube></Cube></gesmes:Envelope>";
        assertThatThrownBy(() -> read(xml)).isInstanceOf(EcbFileException.class);
    }

    @Test
    void malformedXmlIsRefusedNamingTheLine() {
        String xml = EcbSamples.HEAD + EcbSamples.ENVELOPE + "\t<Cube>\n\t\t<Cube time='2025-03-14'>\n"
                + "\t\t\t<Cube currency='USD' rate='1.0878'>\n\t\t</Cube>\n\t</Cube>\n</gesmes:Envelope>\n";
        assertThatThrownBy(() -> read(xml)).isInstanceOf(EcbFileException.class)
                .hasMessageStartingWith("Line 8: The file is not well-formed XML")
                .satisfies(e -> assertThat(((EcbFileException) e).line()).isEqualTo(8));
    }

    @Test
    void aFileThatIsNotTheEcbsIsRefused() {
        assertThatThrownBy(() -> read("<html><body>Service unavailable</body></html>"))
                .isInstanceOf(EcbFileException.class).hasMessageContaining("<html>");
        assertThatThrownBy(() -> read(EcbSamples.HEAD + EcbSamples.ENVELOPE + "<Cube/></gesmes:Envelope>"))
                .isInstanceOf(EcbFileException.class).hasMessageContaining("no day of rates");
        assertThatThrownBy(() -> read("")).isInstanceOf(EcbFileException.class);
    }

    @Test
    void aRateOrDayOutOfBoundsIsRefusedNamingTheLine() {
        String badRate = EcbSamples.HEAD + EcbSamples.ENVELOPE + "<Cube>\n<Cube time='2025-03-14'>\n"
                + "<Cube currency='USD' rate='-1.0878'/>\n</Cube></Cube></gesmes:Envelope>";
        assertThatThrownBy(() -> read(badRate)).isInstanceOf(EcbFileException.class)
                .hasMessageStartingWith("Line 5:").hasMessageContaining("-1.0878");
        String future = EcbSamples.HEAD + EcbSamples.ENVELOPE + "<Cube>\n<Cube time='2025-03-20'>\n"
                + "<Cube currency='USD' rate='1.0878'/>\n</Cube></Cube></gesmes:Envelope>";
        assertThatThrownBy(() -> read(future)).isInstanceOf(EcbFileException.class)
                .hasMessageContaining("2025-03-20");
        String exponent = badRate.replace("-1.0878", "1E+3");
        assertThatThrownBy(() -> read(exponent)).isInstanceOf(EcbFileException.class);
    }

    @Test
    void currenciesLedgerDoesNotKeepAreSkippedAndCounted() {
        String xml = EcbSamples.HEAD + EcbSamples.ENVELOPE + "<Cube><Cube time='2025-03-14'>"
                + "<Cube currency='USD' rate='1.0878'/><Cube currency='XAU' rate='0.00035'/>"
                + "<Cube currency='ABC' rate='2'/></Cube></Cube></gesmes:Envelope>";
        EcbDay day = read(xml).get(0);
        assertThat(day.rates()).containsOnlyKeys("USD");
        assertThat(day.skipped()).isEqualTo(2);
    }

    @Test
    void aLargeFileIsReadInOnePass() {
        List<EcbDay> days = read(EcbSamples.ofDays(LocalDate.of(2025, 3, 14), 2000));
        assertThat(days).hasSize(2000);
        assertThat(days.get(1999).date()).isEqualTo(LocalDate.of(2025, 3, 14).minusDays(1999));
    }
}
