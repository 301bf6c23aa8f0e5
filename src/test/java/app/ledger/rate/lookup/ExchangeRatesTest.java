package app.ledger.rate.lookup;

import static org.assertj.core.api.Assertions.assertThat;

import app.ledger.rate.ecb.EcbSamples;
import app.ledger.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The lookup on the database: the user's uploaded and entered rates, as other features will ask for them. */
@QuarkusTest
class ExchangeRatesTest {

    private static final LocalDate WED = LocalDate.of(2025, 3, 12);
    private static final LocalDate THU = WED.plusDays(1);
    private static final LocalDate FRI = WED.plusDays(2);
    private static final LocalDate SAT = WED.plusDays(3);
    private static final LocalDate SUN = WED.plusDays(4);
    private static final LocalDate MON = WED.plusDays(5);

    @Inject
    ExchangeRates rates;

    private static long userWithTheNinetyDayFile(String token) {
        Api.as(token).contentType("application/xml").body(EcbSamples.bytes(EcbSamples.NINETY_DAYS))
                .post("/api/rates/ecb").then().statusCode(200);
        return Long.parseLong(Api.claim(token, "sub"));
    }

    private RateAnswer on(long userId, String from, String to, LocalDate day) {
        return rates.rateOn(userId, from, to, day).await().atMost(Duration.ofSeconds(10));
    }

    private static RateAnswer.Found found(String rate, LocalDate since, RateAnswer.Route route) {
        return new RateAnswer.Found(new BigDecimal(rate), since, route);
    }

    @Test
    void directInverseAndCrossRatesComeFromTheUsersRates() {
        long user = userWithTheNinetyDayFile(Api.newUser());
        assertThat(on(user, "EUR", "USD", FRI)).isEqualTo(found("1.0878", FRI, RateAnswer.Route.DIRECT));
        assertThat(on(user, "USD", "EUR", FRI)).isEqualTo(found("0.919286633572", FRI, RateAnswer.Route.INVERSE));
        assertThat(on(user, "USD", "GBP", FRI)).isEqualTo(found("0.772733958448", FRI, RateAnswer.Route.CROSS));
    }

    @Test
    void theWeekendUsesFridaysRateAndBeforeTheFirstRateItIsMissing() {
        long user = userWithTheNinetyDayFile(Api.newUser());
        assertThat(on(user, "EUR", "USD", SAT)).isEqualTo(found("1.0878", FRI, RateAnswer.Route.DIRECT));
        assertThat(on(user, "EUR", "USD", SUN)).isEqualTo(found("1.0878", FRI, RateAnswer.Route.DIRECT));
        assertThat(on(user, "EUR", "USD", MON)).isEqualTo(found("1.0872", MON, RateAnswer.Route.DIRECT));
        assertThat(on(user, "EUR", "USD", WED.minusDays(1))).isEqualTo(RateAnswer.MISSING);
        assertThat(on(user, "USD", "GBP", WED.minusDays(1))).isEqualTo(RateAnswer.MISSING);
        assertThat(on(user, "EUR", "XAF", FRI)).isEqualTo(RateAnswer.MISSING);
    }

    @Test
    void anEnteredRateBeatsTheEcbRateOfTheSameDayAndOnlyForItsUser() {
        String token = Api.newUser();
        long user = userWithTheNinetyDayFile(token);
        Api.jsonAs(token).body(Map.of("date", FRI.toString(), "base", "EUR", "quote", "USD", "rate", "1.1"))
                .post("/api/rates").then().statusCode(201);
        assertThat(on(user, "EUR", "USD", SUN)).isEqualTo(found("1.1", FRI, RateAnswer.Route.DIRECT));
        assertThat(on(user, "EUR", "USD", THU)).isEqualTo(found("1.0881", THU, RateAnswer.Route.DIRECT));

        long other = Long.parseLong(Api.claim(Api.newUser(), "sub"));
        // published rates of other tests may exist, but none of March 2025
        RateAnswer seenByOther = on(other, "EUR", "USD", SUN);
        assertThat(seenByOther instanceof RateAnswer.Found f ? f.since().getYear() : 0).isLessThan(2025);
    }

    @Test
    void aSeriesOverManyDaysIsOneStepPerChange() {
        long user = userWithTheNinetyDayFile(Api.newUser());
        RateSeries series = rates.series(user, "USD", "GBP", WED.minusDays(5), MON.plusDays(300))
                .await().atMost(Duration.ofSeconds(10));
        assertThat(series.steps().keySet()).containsExactly(WED.minusDays(5), WED, THU, FRI, MON);
        assertThat(series.on(WED.minusDays(1))).isEqualTo(RateAnswer.MISSING);
        assertThat(series.on(SUN)).isEqualTo(on(user, "USD", "GBP", SUN));
        for (LocalDate day = WED.minusDays(5); !day.isAfter(MON.plusDays(300)); day = day.plusDays(1)) {
            assertThat(series.on(day)).as(day.toString()).isEqualTo(on(user, "USD", "GBP", day));
            day = day.plusDays(day.isAfter(MON) ? 30 : 0);
        }
    }
}
