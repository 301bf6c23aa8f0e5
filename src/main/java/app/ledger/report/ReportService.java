package app.ledger.report;

import app.ledger.category.CategoryRefs;
import app.ledger.journal.CategoryRef;
import app.ledger.journal.spending.CategoryTotals;
import app.ledger.journal.spending.LabelTotals;
import app.ledger.money.Money;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Spending and income against expense over the user's calendar periods, summed from the totals the ledger
 * writer keeps per day, account and category (and per payee and tag). The accounts are those of
 * {@link ReportScopes}.
 */
@ApplicationScoped
public class ReportService {

    private final ReportScopes scopes;
    private final CategoryRefs categories;
    private final ReportRepository sums;

    ReportService(ReportScopes scopes, CategoryRefs categories, ReportRepository sums) {
        this.scopes = scopes;
        this.categories = categories;
        this.sums = sums;
    }

    public Uni<SpendingReport> spending(long userId, ReportQuery query, SpendingGrouping grouping) {
        return grouping == SpendingGrouping.CATEGORY ? byCategory(userId, query)
                : byLabel(userId, query, grouping);
    }

    private Uni<SpendingReport> byCategory(long userId, ReportQuery query) {
        return scopes.of(userId, query, true).flatMap(scope -> sums.sums(userId, scope.periods(), query.from(),
                        query.to(), ReportScopes.ids(scope), true)
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
                            query.to(), query.interval(), SpendingGrouping.CATEGORY.code(),
                            scope.weekStartsOn(query.interval()), scope.periodViews(),
                            spent.entrySet().stream().map(currency -> spendingIn(currency.getKey(),
                                    currency.getValue(), count, categoryId -> new SpendingReport.CategoryGroup(
                                            categoryId == CategoryTotals.NO_CATEGORY ? null : refs.get(categoryId),
                                            null, null), totalsOf(currency.getValue(), count))).toList()));
                }));
    }

    public Uni<IncomeExpenseReport> incomeExpense(long userId, ReportQuery query) {
        return scopes.of(userId, query, true).flatMap(scope -> sums.sums(userId, scope.periods(), query.from(),
                        query.to(), ReportScopes.ids(scope), false)
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

    /**
     * Spending by payee or by tag: each group is one folded payee or tag (regardless of case, as the payee
     * suggestions and the search match them), shown as written by the last entry added to the totals of the
     * latest period in which it has any (of several spellings there, the greatest). The totals per period
     * are the spending by category's, so that an entry with several tags counts once in them.
     */
    private Uni<SpendingReport> byLabel(long userId, ReportQuery query, SpendingGrouping grouping) {
        String label = grouping.code();
        return scopes.of(userId, query, true).flatMap(scope -> sums.labelSums(userId, scope.periods(),
                query.from(), query.to(), ReportScopes.ids(scope), label).flatMap(rows -> sums.sums(userId,
                scope.periods(), query.from(), query.to(), ReportScopes.ids(scope), false).map(flows -> {
                    int count = scope.periods().periods().size();
                    Map<Long, Integer> periodOf = scope.periodOfBucket();
                    Map<String, Map<String, long[]>> spent = new TreeMap<>();
                    Map<String, long[]> totals = new TreeMap<>();
                    scope.currencies().keySet().forEach(code -> {
                        spent.put(code, new HashMap<>());
                        totals.put(code, new long[count]);
                    });
                    Map<String, String> names = new HashMap<>();
                    Map<String, Long> nameBucket = new HashMap<>();
                    for (ReportRepository.LabelSum sum : rows) {
                        Integer period = periodOf.get(sum.bucket());
                        if (period == null || sum.expenseMinor() == 0) {
                            continue;
                        }
                        String currency = scope.accounts().get(sum.accountId()).currency;
                        long[] values = spent.get(currency).computeIfAbsent(sum.label(), l -> new long[count]);
                        values[period] = Math.addExact(values[period], sum.expenseMinor());
                        Long seen = nameBucket.get(sum.label());
                        if (seen == null || seen < sum.bucket()
                                || seen == sum.bucket() && sum.name().compareTo(names.get(sum.label())) > 0) {
                            nameBucket.put(sum.label(), sum.bucket());
                            names.put(sum.label(), sum.name());
                        }
                    }
                    for (ReportRepository.Sum sum : flows) {
                        Integer period = periodOf.get(sum.bucket());
                        if (period != null) {
                            long[] values = totals.get(scope.accounts().get(sum.accountId()).currency);
                            values[period] = Math.addExact(values[period], sum.expenseMinor());
                        }
                    }
                    Function<String, SpendingReport.Group> group = key -> {
                        String name = key.equals(LabelTotals.NONE) ? null : names.get(key);
                        return grouping == SpendingGrouping.PAYEE ? new SpendingReport.PayeeGroup(name, null, null)
                                : new SpendingReport.TagGroup(name, null, null);
                    };
                    return new SpendingReport(query.from(), query.to(), query.interval(), label,
                            scope.weekStartsOn(query.interval()), scope.periodViews(),
                            spent.entrySet().stream().map(currency -> spendingIn(currency.getKey(),
                                    currency.getValue(), count, group, totals.get(currency.getKey()))).toList());
                })));
    }

    private static <K extends Comparable<K>> long[] totalsOf(Map<K, long[]> groups, int count) {
        long[] totals = new long[count];
        groups.values().forEach(values -> {
            for (int i = 0; i < count; i++) {
                totals[i] = Math.addExact(totals[i], values[i]);
            }
        });
        return totals;
    }

    /**
     * The groups of one currency, the largest total first (then by key), each made by {@code group} (with
     * its values and total left null, filled in here).
     */
    private static <K extends Comparable<K>> SpendingReport.Currency spendingIn(String code, Map<K, long[]> byKey,
            int count, Function<K, SpendingReport.Group> group, long[] totals) {
        Currency currency = Currency.getInstance(code);
        record Row<K>(K key, long[] values, long total) {
        }
        List<Row<K>> rows = new ArrayList<>();
        byKey.forEach((key, values) -> {
            long total = 0;
            for (int i = 0; i < count; i++) {
                total = Math.addExact(total, values[i]);
            }
            rows.add(new Row<>(key, values, total));
        });
        List<SpendingReport.Group> groups = rows.stream()
                .filter(row -> !allZero(row.values()))
                .sorted(Comparator.comparingLong((Row<K> row) -> -row.total()).thenComparing(row -> row.key()))
                .map(row -> withValues(group.apply(row.key()), format(row.values(), currency),
                        Money.format(row.total(), currency)))
                .toList();
        return new SpendingReport.Currency(code, groups, format(totals, currency));
    }

    private static SpendingReport.Group withValues(SpendingReport.Group group, List<String> values, String total) {
        if (group instanceof SpendingReport.CategoryGroup category) {
            return new SpendingReport.CategoryGroup(category.category(), values, total);
        }
        if (group instanceof SpendingReport.PayeeGroup payee) {
            return new SpendingReport.PayeeGroup(payee.payee(), values, total);
        }
        return new SpendingReport.TagGroup(((SpendingReport.TagGroup) group).tag(), values, total);
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
