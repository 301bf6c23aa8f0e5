package app.ledger.report;

import java.time.LocalDate;

/** One period of a report: its first and last day, both included. */
public record ReportPeriodView(LocalDate start, LocalDate end) {

    static ReportPeriodView of(ReportPeriods.Period period) {
        return new ReportPeriodView(period.start(), period.end());
    }
}
