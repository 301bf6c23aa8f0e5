package app.ledger.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportPeriodsTest {

    private static List<String> starts(ReportPeriods periods) {
        return periods.periods().stream().map(p -> p.start().toString()).toList();
    }

    @Test
    void theFirstAndLastPeriodsAreCutToTheRange() {
        ReportPeriods months = new ReportPeriods(LocalDate.of(2023, 12, 31), LocalDate.of(2024, 2, 29),
                ReportInterval.MONTH, DayOfWeek.MONDAY);
        assertThat(months.periods()).containsExactly(
                new ReportPeriods.Period(LocalDate.of(2023, 12, 31), LocalDate.of(2023, 12, 31)),
                new ReportPeriods.Period(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 31)),
                new ReportPeriods.Period(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 29)));
        ReportPeriods years = new ReportPeriods(LocalDate.of(2023, 7, 1), LocalDate.of(2025, 1, 1),
                ReportInterval.YEAR, DayOfWeek.MONDAY);
        assertThat(starts(years)).containsExactly("2023-07-01", "2024-01-01", "2025-01-01");
    }

    @Test
    void weeksStartOnTheLocalesFirstDay() {
        LocalDate from = LocalDate.of(2024, 3, 6); // a Wednesday
        LocalDate to = LocalDate.of(2024, 3, 20);
        assertThat(starts(new ReportPeriods(from, to, ReportInterval.WEEK, DayOfWeek.MONDAY)))
                .containsExactly("2024-03-06", "2024-03-11", "2024-03-18");
        assertThat(starts(new ReportPeriods(from, to, ReportInterval.WEEK, DayOfWeek.SUNDAY)))
                .containsExactly("2024-03-06", "2024-03-10", "2024-03-17");
        assertThat(starts(new ReportPeriods(from, to, ReportInterval.WEEK, DayOfWeek.SATURDAY)))
                .containsExactly("2024-03-06", "2024-03-09", "2024-03-16");
    }

    @Test
    void daysAreOnePeriodEach() {
        ReportPeriods days = new ReportPeriods(LocalDate.of(2024, 2, 28), LocalDate.of(2024, 3, 1),
                ReportInterval.DAY, DayOfWeek.MONDAY);
        assertThat(starts(days)).containsExactly("2024-02-28", "2024-02-29", "2024-03-01");
        assertThat(days.periods()).allMatch(p -> p.start().equals(p.end()));
    }

    /** The bucket the database computes with integer division is the one Java gives every day of a period. */
    @Test
    void theSqlBucketAgreesWithTheJavaBucketOnEveryDayFrom1900() {
        for (ReportInterval interval : ReportInterval.values()) {
            for (DayOfWeek start : DayOfWeek.values()) {
                ReportPeriods periods = new ReportPeriods(LocalDate.of(1900, 1, 1), LocalDate.of(1900, 1, 2),
                        interval, start);
                String sql = periods.bucketSql();
                for (LocalDate day = LocalDate.of(1900, 1, 1); day.isBefore(LocalDate.of(2101, 1, 1));
                        day = day.plusDays(1)) {
                    long month = day.getYear() * 12L + day.getMonthValue() - 1;
                    long bucket = switch (interval) {
                        case MONTH -> month;
                        case YEAR -> month / 12;
                        case DAY -> day.toEpochDay();
                        case WEEK -> (day.toEpochDay() + Long.parseLong(sql.replaceAll("[^0-9]+", " ").trim()
                                .split(" ")[0])) / 7; // truncating, as SQL does
                    };
                    if (bucket != periods.bucketOf(day)) {
                        assertThat(bucket).as("%s %s %s", interval, start, day).isEqualTo(periods.bucketOf(day));
                    }
                }
                for (ReportPeriods.Period period : new ReportPeriods(LocalDate.of(1969, 12, 1),
                        LocalDate.of(1970, 2, 1), interval, start).periods()) {
                    ReportPeriods p = new ReportPeriods(period.start(), period.end(), interval, start);
                    assertThat(p.bucketOf(period.start())).isEqualTo(p.bucketOf(period.end()));
                }
            }
        }
    }
}
