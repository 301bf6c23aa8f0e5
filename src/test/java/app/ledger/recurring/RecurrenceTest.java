package app.ledger.recurring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RecurrenceTest {

    private static Recurrence monthly(int day, String startOn) {
        return new Recurrence(Frequency.MONTH, 1, day, null, LocalDate.parse(startOn), null, null);
    }

    private static LocalDate d(String text) {
        return LocalDate.parse(text);
    }

    @Test
    void theThirtyFirstFallsOnTheLastDayOfShorterMonthsAndComesBack() {
        assertThat(monthly(31, "2028-01-31").upcoming(d("2028-01-01"), 6)).containsExactly(d("2028-01-31"),
                d("2028-02-29"), d("2028-03-31"), d("2028-04-30"), d("2028-05-31"), d("2028-06-30"));
        assertThat(monthly(31, "2027-01-31").upcoming(d("2027-01-31"), 3)).containsExactly(d("2027-01-31"),
                d("2027-02-28"), d("2027-03-31"));
    }

    @Test
    void aDayBeforeTheStartBeginsInTheNextPeriod() {
        assertThat(monthly(5, "2027-03-10").upcoming(d("2027-01-01"), 2)).containsExactly(d("2027-04-05"),
                d("2027-05-05"));
        Recurrence everyThird = new Recurrence(Frequency.MONTH, 3, 5, null, d("2027-03-10"), null, null);
        assertThat(everyThird.upcoming(d("2027-01-01"), 2)).containsExactly(d("2027-06-05"), d("2027-09-05"));
    }

    @Test
    void theTwentyNinthOfFebruaryIsTheTwentyEighthInOtherYears() {
        Recurrence yearly = new Recurrence(Frequency.YEAR, 1, null, null, d("2028-02-29"), null, null);
        assertThat(yearly.upcoming(d("2028-01-01"), 5)).containsExactly(d("2028-02-29"), d("2029-02-28"),
                d("2030-02-28"), d("2031-02-28"), d("2032-02-29"));
    }

    @Test
    void weeksGoByWeekdayAndInterval() {
        Recurrence fortnightly = new Recurrence(Frequency.WEEK, 2, null, DayOfWeek.FRIDAY, d("2027-01-04"), null,
                null);
        assertThat(fortnightly.upcoming(d("2027-01-01"), 3)).containsExactly(d("2027-01-08"), d("2027-01-22"),
                d("2027-02-05"));
        assertThat(fortnightly.firstOnOrAfter(d("2027-01-23"))).isEqualTo(d("2027-02-05"));
    }

    @Test
    void countAndEndOnEndTheSchedule() {
        Recurrence three = new Recurrence(Frequency.DAY, 2, null, null, d("2027-01-01"), null, 3);
        assertThat(three.upcoming(d("2026-01-01"), 10)).containsExactly(d("2027-01-01"), d("2027-01-03"),
                d("2027-01-05"));
        Recurrence until = new Recurrence(Frequency.DAY, 1, null, null, d("2027-01-01"), d("2027-01-02"), null);
        assertThat(until.upcoming(d("2027-01-01"), 10)).containsExactly(d("2027-01-01"), d("2027-01-02"));
        assertThat(until.after(d("2027-01-02"))).isNull();
    }

    @Test
    void farAheadIsFoundWithoutWalkingEveryDate() {
        Recurrence daily = new Recurrence(Frequency.DAY, 1, null, null, d("1900-01-01"), null, null);
        assertThat(daily.firstOnOrAfter(d("9999-12-31"))).isEqualTo(d("9999-12-31"));
        assertThat(monthly(31, "1900-01-31").firstOnOrAfter(d("2400-02-01"))).isEqualTo(d("2400-02-29"));
    }
}
