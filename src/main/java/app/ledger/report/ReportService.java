package app.ledger.report;

import app.ledger.account.Account;
import app.ledger.account.AccountAccess;
import app.ledger.account.AccountNotFoundException;
import app.ledger.auth.AuthService;
import app.ledger.category.CategoryRefs;
import app.ledger.journal.CategoryRef;
import app.ledger.journal.spending.CategoryTotals;
import app.ledger.money.Money;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.DayOfWeek;
import java.time.temporal.WeekFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Spending and income against expense over the user's calendar periods, summed from the totals the ledger
 * writer keeps per day, account and category. The accounts are those the user may read, or the ones named,
 * each of which must be readable (404 otherwise, as for an account that does not exist).
 */
@ApplicationScoped
public class ReportService {

    private final AccountAccess access;
    private final AuthService users;
    private final CategoryRefs categories;
    private final ReportRepository sums;

    public ReportService(AccountAccess access, AuthService users, CategoryRefs categories, ReportRepository sums) {
        this.access = access;
        this.users = users;
        this.categories = categories;
        this.sums = sums;
    }

    /** The pieces every report needs: the accounts it covers by id, and the periods. */
    private record Scope(Map<Long, Account> accounts, ReportPeriods periods, DayOfWeek weekStart) {

        String weekStartsOn(ReportInterval interval) {
            return interval == ReportInterval.WEEK ? weekStart.name().toLowerCase(Locale.ROOT) : null;
        }

        List<ReportPeriodView> periodViews() {
            return periods.periods().stream().map(ReportPeriodView::of).toList();
        }

        /** The currencies of the accounts, each in its order of codes. */
        TreeMap<String, Currency> currencies() {
            TreeMap<String, Currency> currencies = new TreeMap<>();
            accounts.values().forEach(a -> currencies.put(a.currency, Currency.getInstance(a.currency)));
            return currencies;
        }

        Map<Long, Integer> periodOfBucket() {
            Map<Long, Integer> index = new HashMap<>();
            List<ReportPeriods.Period> list = periods.periods();
            for (int i = 0; i < list.size(); i++) {
                index.put(periods.bucketOf(list.get(i).start()), i);
            }
            return index;
        }
    }

    public Uni<SpendingReport> spending(long userId, ReportQuery query) {
        return scope(userId, query).flatMap(scope -> sums.sums(userId, scope.periods(), query.from(),
                        query.to(), List.copyOf(scope.accounts().keySet()), true)
                .flatMap(rows -> {
                    int count = scope.periods().periods().size();
                    Map<Long, Integer> periodOf = scope.periodOfBucket();
                    Map<String, Map<Long, long[]>> spent = new TreeMap<>();
                    scope.currencies().keySet().forEach(code -> spent.put(code, new HashMap<>()));
                    for (ReportRepository.Sum sum : rows) {
                        Integer period = periodOf.get(sum.bucket());
                        if (period == null || sum.expenseMinor() == 0) {
                            continue;
                        }
                        String currency = scope.accounts().get(sum.accountId()).currency;
                        long[] values = spent.get(currency).computeIfAbsent(sum.categoryId(), c -> new long[count]);
                        values[period] = Math.addExact(values[period], sum.expenseMinor());
                    }
                    List<Long> categoryIds = spent.values().stream().flatMap(m -> m.keySet().stream())
                            .filter(id -> id != CategoryTotals.NO_CATEGORY).distinct().toList();
                    return categories.of(userId, categoryIds).map(refs -> new SpendingReport(query.from(),
                            query.to(), query.interval(), ReportQuery.BY_CATEGORY,
                            scope.weekStartsOn(query.interval()), scope.periodViews(),
                            spent.entrySet().stream().map(currency -> spendingIn(currency.getKey(),
                                    currency.getValue(), refs, count)).toList()));
                }));
    }

    public Uni<IncomeExpenseReport> incomeExpense(long userId, ReportQuery query) {
        return scope(userId, query).flatMap(scope -> sums.sums(userId, scope.periods(), query.from(),
                        query.to(), List.copyOf(scope.accounts().keySet()), false)
                .map(rows -> {
                    int count = scope.periods().periods().size();
                    Map<Long, Integer> periodOf = scope.periodOfBucket();
                    Map<String, long[][]> flows = new TreeMap<>();
                    scope.currencies().keySet().forEach(code -> flows.put(code, new long[2][count]));
                    for (ReportRepository.Sum sum : rows) {
                        Integer period = periodOf.get(sum.bucket());
                        if (period == null) {
                            continue;
                        }
                        long[][] values = flows.get(scope.accounts().get(sum.accountId()).currency);
                        values[0][period] = Math.addExact(values[0][period], sum.incomeMinor());
                        values[1][period] = Math.addExact(values[1][period], sum.expenseMinor());
                    }
                    List<IncomeExpenseReport.Currency> currencies = new ArrayList<>();
                    flows.forEach((code, values) -> {
                        Currency currency = Currency.getInstance(code);
                        long[] net = new long[count];
                        for (int i = 0; i < count; i++) {
                            net[i] = Math.subtractExact(values[0][i], values[1][i]);
                        }
                        currencies.add(new IncomeExpenseReport.Currency(code, format(values[0], currency),
                                format(values[1], currency), format(net, currency)));
                    });
                    return new IncomeExpenseReport(query.from(), query.to(), query.interval(),
                            scope.weekStartsOn(query.interval()), scope.periodViews(), currencies);
                }));
    }

    private Uni<Scope> scope(long userId, ReportQuery query) {
        return access.readable(userId).flatMap(readable -> {
            Map<Long, Account> byId = readable.stream().collect(Collectors.toMap(a -> a.id, Function.identity()));
            Map<Long, Account> chosen = new TreeMap<>();
            if (query.accountIds().isEmpty()) {
                chosen.putAll(byId);
            } else {
                for (long id : query.accountIds()) {
                    Account account = byId.get(id);
                    if (account == null) {
                        throw new AccountNotFoundException(id);
                    }
                    chosen.put(id, account);
                }
            }
            if (query.currency() != null) {
                chosen.values().removeIf(account -> !account.currency.equals(query.currency()));
            }
            return users.me(userId).map(user -> {
                DayOfWeek weekStart = WeekFields.of(Locale.forLanguageTag(user.locale())).getFirstDayOfWeek();
                return new Scope(chosen, new ReportPeriods(query.from(), query.to(), query.interval(), weekStart),
                        weekStart);
            });
        });
    }

    private static SpendingReport.Currency spendingIn(String code, Map<Long, long[]> byCategory,
            Map<Long, CategoryRef> refs, int count) {
        Currency currency = Currency.getInstance(code);
        long[] totals = new long[count];
        record Row(Long categoryId, long[] values, long total) {
        }
        List<Row> rows = new ArrayList<>();
        byCategory.forEach((categoryId, values) -> {
            long total = 0;
            for (int i = 0; i < count; i++) {
                total = Math.addExact(total, values[i]);
                totals[i] = Math.addExact(totals[i], values[i]);
            }
            rows.add(new Row(categoryId, values, total));
        });
        List<SpendingReport.Group> groups = rows.stream()
                .filter(row -> !allZero(row.values()))
                .sorted(Comparator.comparingLong((Row row) -> -row.total()).thenComparingLong(Row::categoryId))
                .map(row -> new SpendingReport.Group(row.categoryId() == CategoryTotals.NO_CATEGORY ? null
                        : refs.get(row.categoryId()), format(row.values(), currency),
                        Money.format(row.total(), currency)))
                .toList();
        return new SpendingReport.Currency(code, groups, format(totals, currency));
    }

    private static boolean allZero(long[] values) {
        for (long value : values) {
            if (value != 0) {
                return false;
            }
        }
        return true;
    }

    private static List<String> format(long[] minor, Currency currency) {
        List<String> values = new ArrayList<>(minor.length);
        for (long value : minor) {
            values.add(Money.format(value, currency));
        }
        return values;
    }
}
