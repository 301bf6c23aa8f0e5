package app.ledger.rate.lookup;

import app.ledger.rate.RateSource;
import app.ledger.rate.StoredRate;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The rates one user sees, by pair and day, and the rule that picks the rate in effect on a day. No I/O.
 * <p>
 * Of the rates of one pair on one day the user's own entered rate wins, then the user's own uploaded ECB
 * rate, then the published one. The rate in effect on a day is the latest on or before it. It is found
 * directly, as the inverse of the opposite pair, or across the euro; of these, the one whose rates are the
 * most recent wins (a cross rate is as old as its older leg), and on the same day direct beats inverse
 * beats cross. Derived rates are rounded to {@link #PRECISION}; direct rates are exact as stored.
 */
public final class RateTable {

    /** 12 significant digits, half-even: far finer than any published rate (at most 6). */
    public static final MathContext PRECISION = new MathContext(12, RoundingMode.HALF_EVEN);
    static final String EURO = "EUR";

    private final Map<String, TreeMap<LocalDate, Ranked>> byPair = new HashMap<>();

    private record Ranked(BigDecimal rate, int rank) {
    }

    public static RateTable of(Collection<StoredRate> rows) {
        RateTable table = new RateTable();
        rows.forEach(table::add);
        return table;
    }

    private void add(StoredRate row) {
        int rank = row.published() ? 2 : row.source() == RateSource.USER ? 0 : 1;
        byPair.computeIfAbsent(key(row.base(), row.quote()), k -> new TreeMap<>())
                .merge(row.date(), new Ranked(row.rate(), rank), (a, b) -> a.rank() <= b.rank() ? a : b);
    }

    /** Every day on which one of the table's rates starts to apply. */
    NavigableSet<LocalDate> days() {
        NavigableSet<LocalDate> days = new TreeSet<>();
        byPair.values().forEach(pair -> days.addAll(pair.keySet()));
        return days;
    }

    public RateAnswer on(String from, String to, LocalDate date) {
        if (from.equals(to)) {
            return new RateAnswer.Found(BigDecimal.ONE, date, RateAnswer.Route.SAME);
        }
        RateAnswer best = pair(from, to, date);
        if (!from.equals(EURO) && !to.equals(EURO)) {
            best = newer(best, cross(from, to, date));
        }
        return best;
    }

    /** Direct or inverse, whichever is more recent; direct on the same day. */
    private RateAnswer pair(String from, String to, LocalDate date) {
        Map.Entry<LocalDate, Ranked> direct = latest(from, to, date);
        Map.Entry<LocalDate, Ranked> opposite = latest(to, from, date);
        RateAnswer answer = direct == null ? RateAnswer.MISSING
                : new RateAnswer.Found(direct.getValue().rate(), direct.getKey(), RateAnswer.Route.DIRECT);
        if (opposite != null) {
            answer = newer(answer, new RateAnswer.Found(BigDecimal.ONE.divide(opposite.getValue().rate(), PRECISION),
                    opposite.getKey(), RateAnswer.Route.INVERSE));
        }
        return answer;
    }

    private RateAnswer cross(String from, String to, LocalDate date) {
        if (pair(EURO, from, date) instanceof RateAnswer.Found euroFrom
                && pair(EURO, to, date) instanceof RateAnswer.Found euroTo) {
            LocalDate since = euroFrom.since().isBefore(euroTo.since()) ? euroFrom.since() : euroTo.since();
            return new RateAnswer.Found(euroTo.rate().divide(euroFrom.rate(), PRECISION), since,
                    RateAnswer.Route.CROSS);
        }
        return RateAnswer.MISSING;
    }

    /** The more recent of two answers; the first on the same day. */
    private static RateAnswer newer(RateAnswer first, RateAnswer second) {
        if (!(second instanceof RateAnswer.Found b)) {
            return first;
        }
        if (!(first instanceof RateAnswer.Found a)) {
            return second;
        }
        return b.since().isAfter(a.since()) ? b : a;
    }

    private Map.Entry<LocalDate, Ranked> latest(String base, String quote, LocalDate date) {
        TreeMap<LocalDate, Ranked> pair = byPair.get(key(base, quote));
        return pair == null ? null : pair.floorEntry(date);
    }

    private static String key(String base, String quote) {
        return base + quote;
    }
}
