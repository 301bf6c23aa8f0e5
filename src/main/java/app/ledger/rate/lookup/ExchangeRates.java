package app.ledger.rate.lookup;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The exchange rate in effect for a user on a day, for other features (reports converting amounts). See
 * {@link RateTable} for which rate that is. Every answer costs one query, a series as much as a single day.
 */
@ApplicationScoped
public class ExchangeRates {

    /** Longest series one call may ask for (about 55 years, more than the euro has existed). */
    public static final int MAX_SERIES_DAYS = 20_000;

    private final RateLookupRepository rates;

    public ExchangeRates(RateLookupRepository rates) {
        this.rates = rates;
    }

    /** The rate from one currency to another in effect for the user on {@code date}, or missing. */
    public Uni<RateAnswer> rateOn(long userId, String from, String to, LocalDate date) {
        if (from.equals(to)) {
            return Uni.createFrom().item(RateTable.of(List.of()).on(from, to, date));
        }
        return rates.rates(userId, pairsFor(from, to), date, date)
                .map(rows -> RateTable.of(rows).on(from, to, date));
    }

    /** The rate in effect on every day from {@code first} to {@code last} (inclusive), as steps. */
    public Uni<RateSeries> series(long userId, String from, String to, LocalDate first, LocalDate last) {
        if (last.isBefore(first) || first.plusDays(MAX_SERIES_DAYS).isBefore(last)) {
            throw new IllegalArgumentException("A series runs forwards over at most " + MAX_SERIES_DAYS + " days");
        }
        if (from.equals(to)) {
            return Uni.createFrom().item(RateSeries.of(RateTable.of(List.of()), from, to, first, last));
        }
        return rates.rates(userId, pairsFor(from, to), first, last)
                .map(rows -> RateSeries.of(RateTable.of(rows), from, to, first, last));
    }

    /** The pair, its opposite and, when neither currency is the euro, both currencies' pairs with the euro. */
    private static List<String[]> pairsFor(String from, String to) {
        List<String[]> pairs = new ArrayList<>();
        pairs.add(new String[] {from, to});
        pairs.add(new String[] {to, from});
        if (!from.equals(RateTable.EURO) && !to.equals(RateTable.EURO)) {
            for (String currency : List.of(from, to)) {
                pairs.add(new String[] {RateTable.EURO, currency});
                pairs.add(new String[] {currency, RateTable.EURO});
            }
        }
        return pairs;
    }
}
