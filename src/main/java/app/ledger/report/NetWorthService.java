package app.ledger.report;

import app.ledger.money.Money;
import app.ledger.rate.lookup.ExchangeRates;
import app.ledger.rate.lookup.RateSeries;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The net worth: the balances of the accounts of {@link ReportScopes} at the end of each period, per account
 * currency, and, when a currency is asked for, converted into it with the rate in effect on each period's
 * last day ({@link NetWorthPoints#convert}). One read of the balances and day totals, and one rate series per
 * currency other than the target.
 */
@ApplicationScoped
public class NetWorthService {

    private final ReportScopes scopes;
    private final NetWorthRepository balances;
    private final ExchangeRates rates;

    NetWorthService(ReportScopes scopes, NetWorthRepository balances, ExchangeRates rates) {
        this.scopes = scopes;
        this.balances = balances;
        this.rates = rates;
    }

    public Uni<NetWorthReport> netWorth(long userId, ReportQuery query) {
        return scopes.of(userId, query, false).flatMap(scope -> {
            List<ReportPeriods.Period> periods = scope.periods().periods();
            LocalDate firstEnd = periods.get(0).end();
            Map<Long, String> currencyOf = new HashMap<>();
            scope.accounts().values().forEach(account -> currencyOf.put(account.id, account.currency));
            return balances.balancesAndNets(ReportScopes.ids(scope), firstEnd, query.to()).flatMap(rows -> {
                Map<String, long[]> byCurrency = NetWorthPoints.balances(scope.periods(), rows, currencyOf);
                List<NetWorthReport.Balances> currencies = new ArrayList<>();
                byCurrency.forEach((code, values) -> currencies.add(new NetWorthReport.Balances(code,
                        format(values, Currency.getInstance(code)))));
                Uni<NetWorthReport.Converted> converted = query.currency() == null ? Uni.createFrom().nullItem()
                        : converted(userId, query.currency(), periods, byCurrency);
                return converted.map(value -> new NetWorthReport(query.from(), query.to(), query.interval(),
                        scope.weekStartsOn(query.interval()), query.currency(), scope.periodViews(), currencies,
                        value));
            });
        });
    }

    private Uni<NetWorthReport.Converted> converted(long userId, String target, List<ReportPeriods.Period> periods,
            Map<String, long[]> byCurrency) {
        LocalDate first = periods.get(0).end();
        LocalDate last = periods.get(periods.size() - 1).end();
        Map<String, RateSeries> series = new HashMap<>();
        Uni<Void> loaded = Uni.createFrom().voidItem();
        for (String code : byCurrency.keySet()) {
            loaded = loaded.chain(() -> rates.series(userId, code, target, first, last)
                    .invoke(rate -> series.put(code, rate)).replaceWithVoid());
        }
        return loaded.map(ignored -> NetWorthPoints.convert(target, periods, byCurrency,
                (code, day) -> series.get(code).on(day)));
    }

    private static List<String> format(long[] minor, Currency currency) {
        List<String> values = new ArrayList<>(minor.length);
        for (long value : minor) {
            values.add(Money.format(value, currency));
        }
        return values;
    }
}
