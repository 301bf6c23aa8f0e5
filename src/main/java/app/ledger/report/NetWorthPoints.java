package app.ledger.report;

import app.ledger.money.Money;
import app.ledger.rate.lookup.RateAnswer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;

/**
 * The pure part of the net worth, with no I/O: balances per currency at the end of each period from the
 * balances at the end of the range and the nets of the days in it, and their conversion into one currency.
 */
public final class NetWorthPoints {

    private NetWorthPoints() {
    }

    /**
     * The balance in minor units per currency at the end of each period: the last is the balance at the end
     * of the range, each earlier one the next less the nets of the next period's days.
     *
     * @param currencyOf the currency of each account read
     */
    public static Map<String, long[]> balances(ReportPeriods periods, List<NetWorthRepository.Row> rows,
            Map<Long, String> currencyOf) {
        List<ReportPeriods.Period> list = periods.periods();
        int count = list.size();
        Map<Long, Integer> periodOf = new java.util.HashMap<>();
        for (int i = 0; i < count; i++) {
            periodOf.put(periods.bucketOf(list.get(i).start()), i);
        }
        Map<String, long[]> atEnd = new TreeMap<>();
        Map<String, long[]> nets = new TreeMap<>();
        currencyOf.values().forEach(code -> {
            atEnd.put(code, new long[count]);
            nets.put(code, new long[count]);
        });
        for (NetWorthRepository.Row row : rows) {
            String code = currencyOf.get(row.accountId());
            if (row.day() == null) {
                long[] values = atEnd.get(code);
                values[count - 1] = Math.addExact(values[count - 1], row.minor());
            } else {
                Integer period = periodOf.get(periods.bucketOf(LocalDate.ofEpochDay(row.day())));
                if (period != null) {
                    nets.get(code)[period] = Math.addExact(nets.get(code)[period], row.minor());
                }
            }
        }
        atEnd.forEach((code, values) -> {
            long[] net = nets.get(code);
            for (int i = count - 1; i > 0; i--) {
                values[i - 1] = Math.subtractExact(values[i], net[i]);
            }
        });
        return atEnd;
    }

    /**
     * The balances converted into {@code target} on each period's last day: each currency's balance times the
     * rate in effect that day, exactly, summed, and rounded once, half-even, to the target's minor digits. A
     * balance of zero needs no rate; any other balance without one leaves the period without a value and its
     * currency in the period's list of missing ones.
     *
     * @param rateOn the rate from a currency into the target in effect on a day
     */
    public static NetWorthReport.Converted convert(String target, List<ReportPeriods.Period> periods,
            Map<String, long[]> balances, BiFunction<String, LocalDate, RateAnswer> rateOn) {
        Currency into = Currency.getInstance(target);
        int digits = Money.fractionDigits(into);
        List<String> values = new ArrayList<>(periods.size());
        List<List<String>> missing = new ArrayList<>(periods.size());
        for (int i = 0; i < periods.size(); i++) {
            LocalDate day = periods.get(i).end();
            BigDecimal sum = BigDecimal.ZERO;
            List<String> without = new ArrayList<>();
            for (Map.Entry<String, long[]> currency : balances.entrySet()) {
                long minor = currency.getValue()[i];
                if (minor == 0) {
                    continue;
                }
                if (rateOn.apply(currency.getKey(), day) instanceof RateAnswer.Found found) {
                    BigDecimal amount = BigDecimal.valueOf(minor,
                            Money.fractionDigits(Currency.getInstance(currency.getKey())));
                    sum = sum.add(amount.multiply(found.rate()));
                } else {
                    without.add(currency.getKey());
                }
            }
            missing.add(List.copyOf(without));
            values.add(without.isEmpty() ? Money.format(sum.setScale(digits, RoundingMode.HALF_EVEN)
                    .unscaledValue().longValueExact(), into) : null);
        }
        return new NetWorthReport.Converted(target, values, missing);
    }
}
