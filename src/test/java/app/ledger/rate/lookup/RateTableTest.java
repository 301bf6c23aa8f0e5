package app.ledger.rate.lookup;

import static org.assertj.core.api.Assertions.assertThat;

import app.ledger.rate.RateSource;
import app.ledger.rate.StoredRate;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RateTableTest {

    private static final LocalDate WED = LocalDate.of(2025, 3, 12);
    private static final LocalDate THU = WED.plusDays(1);
    private static final LocalDate FRI = WED.plusDays(2);
    private static final LocalDate SAT = WED.plusDays(3);
    private static final LocalDate SUN = WED.plusDays(4);
    private static final LocalDate MON = WED.plusDays(5);

    private final List<StoredRate> rows = new ArrayList<>();

    private RateTableTest published(LocalDate day, String base, String quote, String rate) {
        rows.add(new StoredRate(rows.size() + 1, null, RateSource.ECB, day, base, quote, new BigDecimal(rate)));
        return this;
    }

    private RateTableTest uploaded(LocalDate day, String base, String quote, String rate) {
        rows.add(new StoredRate(rows.size() + 1, 7L, RateSource.ECB, day, base, quote, new BigDecimal(rate)));
        return this;
    }

    private RateTableTest entered(LocalDate day, String base, String quote, String rate) {
        rows.add(new StoredRate(rows.size() + 1, 7L, RateSource.USER, day, base, quote, new BigDecimal(rate)));
        return this;
    }

    private RateAnswer on(String from, String to, LocalDate day) {
        return RateTable.of(rows).on(from, to, day);
    }

    private static RateAnswer found(String rate, LocalDate since, RateAnswer.Route route) {
        return new RateAnswer.Found(new BigDecimal(rate), since, route);
    }

    @Test
    void aDirectRateIsExactAsStored() {
        published(FRI, "EUR", "USD", "1.0878");
        assertThat(on("EUR", "USD", FRI)).isEqualTo(found("1.0878", FRI, RateAnswer.Route.DIRECT));
    }

    @Test
    void theWeekendAndTheDaysAfterUseFridaysRateUntilMondaysArrives() {
        published(THU, "EUR", "USD", "1.0881").published(FRI, "EUR", "USD", "1.0878")
                .published(MON, "EUR", "USD", "1.0872");
        assertThat(on("EUR", "USD", SAT)).isEqualTo(found("1.0878", FRI, RateAnswer.Route.DIRECT));
        assertThat(on("EUR", "USD", SUN)).isEqualTo(found("1.0878", FRI, RateAnswer.Route.DIRECT));
        assertThat(on("EUR", "USD", MON)).isEqualTo(found("1.0872", MON, RateAnswer.Route.DIRECT));
        assertThat(on("EUR", "USD", MON.plusDays(30))).isEqualTo(found("1.0872", MON, RateAnswer.Route.DIRECT));
    }

    @Test
    void beforeTheFirstRateTheRateIsMissing() {
        published(THU, "EUR", "USD", "1.0881");
        assertThat(on("EUR", "USD", WED)).isEqualTo(RateAnswer.MISSING);
        assertThat(on("EUR", "GBP", FRI)).isEqualTo(RateAnswer.MISSING);
        assertThat(on("USD", "GBP", FRI)).isEqualTo(RateAnswer.MISSING);
    }

    @Test
    void theOppositePairGivesTheInverseRoundedToTwelveDigitsHalfEven() {
        published(FRI, "EUR", "USD", "1.0878");
        // 1 / 1.0878 = 0.91928663357...
        assertThat(on("USD", "EUR", FRI)).isEqualTo(found("0.919286633572", FRI, RateAnswer.Route.INVERSE));
        published(FRI, "EUR", "JPY", "160");
        assertThat(on("JPY", "EUR", SAT)).isEqualTo(found("0.00625", FRI, RateAnswer.Route.INVERSE));
    }

    @Test
    void twoNonEuroCurrenciesAreCrossedThroughTheEuro() {
        published(FRI, "EUR", "USD", "1.0878").published(FRI, "EUR", "GBP", "0.84058");
        // USD→GBP = (EUR→GBP) / (EUR→USD) = 0.84058 / 1.0878 = 0.772734...
        RateAnswer answer = on("USD", "GBP", SUN);
        assertThat(answer).isEqualTo(found(new BigDecimal("0.84058").divide(new BigDecimal("1.0878"),
                RateTable.PRECISION).toPlainString(), FRI, RateAnswer.Route.CROSS));
        assertThat(((RateAnswer.Found) answer).rate()).isEqualByComparingTo("0.772733958448");
    }

    @Test
    void aCrossRateIsAsOldAsItsOlderLegAndUsesEachLegsLatestRate() {
        published(WED, "EUR", "GBP", "0.84064").published(WED, "EUR", "USD", "1.0869")
                .published(FRI, "EUR", "USD", "1.0878");
        RateAnswer answer = on("GBP", "USD", SAT);
        assertThat(answer).isEqualTo(found(new BigDecimal("1.0878").divide(new BigDecimal("0.84064"),
                RateTable.PRECISION).toPlainString(), WED, RateAnswer.Route.CROSS));
    }

    @Test
    void aCrossLegMayItselfBeAnInverse() {
        entered(FRI, "CHF", "EUR", "1.04").published(FRI, "EUR", "USD", "1.0878");
        // CHF→USD = (EUR→USD) / (EUR→CHF) = 1.0878 / (1 / 1.04)
        BigDecimal euroChf = BigDecimal.ONE.divide(new BigDecimal("1.04"), RateTable.PRECISION);
        assertThat(on("CHF", "USD", FRI)).isEqualTo(found(new BigDecimal("1.0878").divide(euroChf,
                RateTable.PRECISION).toPlainString(), FRI, RateAnswer.Route.CROSS));
    }

    @Test
    void theUsersOwnRateBeatsAPublishedOneOfTheSameDayAndPair() {
        published(FRI, "EUR", "USD", "1.0878").entered(FRI, "EUR", "USD", "1.09");
        assertThat(on("EUR", "USD", FRI)).isEqualTo(found("1.09", FRI, RateAnswer.Route.DIRECT));
        uploaded(FRI, "EUR", "USD", "1.0877");
        assertThat(on("EUR", "USD", FRI)).isEqualTo(found("1.09", FRI, RateAnswer.Route.DIRECT));
    }

    @Test
    void anUploadedEcbRateBeatsAPublishedOne() {
        uploaded(FRI, "EUR", "USD", "1.0877").published(FRI, "EUR", "USD", "1.0878");
        assertThat(on("EUR", "USD", FRI)).isEqualTo(found("1.0877", FRI, RateAnswer.Route.DIRECT));
    }

    @Test
    void aNewerRateWinsWhateverItsRoute() {
        entered(WED, "USD", "GBP", "0.75").published(FRI, "EUR", "USD", "1.0878").published(FRI, "EUR", "GBP", "0.84058");
        assertThat(on("USD", "GBP", WED)).isEqualTo(found("0.75", WED, RateAnswer.Route.DIRECT));
        assertThat(((RateAnswer.Found) on("USD", "GBP", FRI)).route()).isEqualTo(RateAnswer.Route.CROSS);
        entered(THU, "GBP", "USD", "1.25");
        assertThat(on("USD", "GBP", THU)).isEqualTo(found("0.8", THU, RateAnswer.Route.INVERSE));
    }

    @Test
    void onTheSameDayDirectBeatsInverseBeatsCross() {
        entered(FRI, "USD", "GBP", "0.77").entered(FRI, "GBP", "USD", "1.25")
                .published(FRI, "EUR", "USD", "1.0878").published(FRI, "EUR", "GBP", "0.84058");
        assertThat(on("USD", "GBP", FRI)).isEqualTo(found("0.77", FRI, RateAnswer.Route.DIRECT));
        assertThat(on("GBP", "USD", FRI)).isEqualTo(found("1.25", FRI, RateAnswer.Route.DIRECT));
    }

    @Test
    void aCurrencyToItselfIsOne() {
        assertThat(on("USD", "USD", FRI)).isEqualTo(found("1", FRI, RateAnswer.Route.SAME));
    }

    @Test
    void aSeriesHasAStepOnItsFirstDayAndWhereverTheRateChanges() {
        published(WED, "EUR", "USD", "1.0869").published(THU, "EUR", "USD", "1.0881")
                .published(FRI, "EUR", "USD", "1.0878").published(MON, "EUR", "USD", "1.0872");
        RateSeries series = RateSeries.of(RateTable.of(rows), "EUR", "USD", THU, SUN);
        assertThat(series.steps().keySet()).containsExactly(THU, FRI);
        assertThat(series.on(SAT)).isEqualTo(found("1.0878", FRI, RateAnswer.Route.DIRECT));
        assertThat(series.on(THU)).isEqualTo(found("1.0881", THU, RateAnswer.Route.DIRECT));

        RateSeries early = RateSeries.of(RateTable.of(rows), "EUR", "USD", WED.minusDays(3), WED);
        assertThat(early.on(WED.minusDays(1))).isEqualTo(RateAnswer.MISSING);
        assertThat(early.on(WED)).isEqualTo(found("1.0869", WED, RateAnswer.Route.DIRECT));
    }
}
