package app.ledger.report;

import app.ledger.journal.spending.CategoryTotals;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * The calendar periods of a report, with no I/O. Entries carry the user's own calendar day, so a period is a
 * run of days: weeks start on the day the user's locale starts them, months and years on their first day. The
 * first and the last period are cut to the range asked for. Each day has a bucket number, the same one that
 * {@link #bucketSql} computes in the database from category_day_totals, so that sums grouped there land in
 * the right period here.
 */
public final class ReportPeriods {

    /**
     * Keeps the week bucket positive for every day an entry may have (from 1900 on), so that the integer
     * division in SQL, which truncates, floors as Java's does.
     */
    private static final long WEEK_BIAS = 40_000;

    private final ReportInterval interval;
    private final DayOfWeek firstDayOfWeek;
    private final List<Period> periods;

    public record Period(LocalDate start, LocalDate end) {
    }

    public ReportPeriods(LocalDate from, LocalDate to, ReportInterval interval, DayOfWeek firstDayOfWeek) {
        this.interval = interval;
        this.firstDayOfWeek = firstDayOfWeek;
        List<Period> list = new ArrayList<>();
        for (LocalDate start = from; !start.isAfter(to); ) {
            LocalDate end = endOfPeriod(start);
            end = end.isAfter(to) ? to : end;
            list.add(new Period(start, end));
            start = end.plusDays(1);
        }
        this.periods = List.copyOf(list);
    }

    /** The first day of each week, from the user's locale. */
    public DayOfWeek firstDayOfWeek() {
        return firstDayOfWeek;
    }

    public ReportInterval interval() {
        return interval;
    }

    public List<Period> periods() {
        return periods;
    }

    /** The bucket of a day: equal for the days of one calendar period. */
    public long bucketOf(LocalDate day) {
        return switch (interval) {
            case YEAR -> day.getYear();
            case MONTH -> CategoryTotals.monthOf(day);
            case DAY -> day.toEpochDay();
            case WEEK -> weekOf(day.toEpochDay(), firstDayOfWeek);
        };
    }

    /**
     * The same bucket as an SQL expression over the columns day and month of category_day_totals (month only
     * for months and years, which category_month_totals has too). Only
     * integer arithmetic, alike on SQLite and PostgreSQL; the numbers in it come from this class, never from
     * a request.
     */
    public String bucketSql() {
        return switch (interval) {
            case YEAR -> "(month / 12)";
            case MONTH -> "month";
            case DAY -> "day";
            case WEEK -> "((day + " + (daysFromWeekStartToThursday(firstDayOfWeek) + 7 * WEEK_BIAS) + ") / 7)";
        };
    }

    private LocalDate endOfPeriod(LocalDate start) {
        return switch (interval) {
            case YEAR -> start.with(TemporalAdjusters.lastDayOfYear());
            case MONTH -> start.with(TemporalAdjusters.lastDayOfMonth());
            case DAY -> start;
            case WEEK -> start.with(TemporalAdjusters.nextOrSame(firstDayOfWeek.minus(1)));
        };
    }

    /** Day 0 (1970-01-01) is a Thursday: the week that holds it starts this many days earlier. */
    private static long daysFromWeekStartToThursday(DayOfWeek firstDayOfWeek) {
        return (DayOfWeek.THURSDAY.getValue() - firstDayOfWeek.getValue() + 7) % 7;
    }

    private static long weekOf(long epochDay, DayOfWeek firstDayOfWeek) {
        return Math.floorDiv(epochDay + daysFromWeekStartToThursday(firstDayOfWeek), 7) + WEEK_BIAS;
    }
}
