package app.ledger.report;

import java.time.LocalDate;
import java.util.List;

/**
 * Income, expense and net (income less expense) per currency, one value per period, as exact decimal
 * strings. Income is deposits less their reversals, expense is withdrawals less theirs, each reversal on its
 * own day; transfers between the user's accounts are neither.
 *
 * @param weekStartsOn the first day of each week, from the user's locale; null unless the interval is week
 */
public record IncomeExpenseReport(LocalDate from, LocalDate to, ReportInterval interval, String weekStartsOn,
        List<ReportPeriodView> periods, List<Currency> currencies) {

    public record Currency(String currency, List<String> income, List<String> expense, List<String> net) {
    }
}
