package app.ledger.journal.history;

import app.ledger.account.Account;
import app.ledger.account.AccountAccess;
import app.ledger.account.Permission;
import app.ledger.journal.Entry;
import app.ledger.money.Money;
import app.ledger.persistence.InstantMicrosConverter;
import app.ledger.problem.InvalidInputException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/** An account's balance over time for a chart, independent of any history page or filter. */
@ApplicationScoped
public class BalanceSeriesService {

    private final AccountAccess access;
    private final BalanceSeriesRepository entries;

    public BalanceSeriesService(AccountAccess access, BalanceSeriesRepository entries) {
        this.access = access;
        this.entries = entries;
    }

    /**
     * Without {@code to} the series ends now; without {@code from} it starts when the account was opened
     * (or at its first entry, if that is earlier), with a balance of zero.
     */
    @WithSession
    public Uni<BalanceSeriesView> series(long userId, long accountId, BalanceSeriesQuery query) {
        Instant to = query.to() != null ? query.to() : Instant.now().truncatedTo(ChronoUnit.MICROS);
        return access.require(userId, accountId, Permission.READ)
                .flatMap(account -> start(account, query, to)
                        .flatMap(from -> build(account, from, to, query.points())));
    }

    private Uni<Instant> start(Account account, BalanceSeriesQuery query, Instant to) {
        if (query.from() != null) {
            if (!query.from().isBefore(to)) {
                throw new InvalidInputException("from", "The start must be before the end, which is now when no "
                        + "end is given.");
            }
            return Uni.createFrom().item(query.from());
        }
        return entries.first(account.id).map(first -> {
            Instant opened = first != null && first.createdAt.isBefore(account.createdAt)
                    ? first.createdAt : account.createdAt;
            return opened.isBefore(to) ? opened : to.minus(1, ChronoUnit.DAYS);
        });
    }

    private Uni<BalanceSeriesView> build(Account account, Instant from, Instant to, int points) {
        Currency currency = Currency.getInstance(account.currency);
        SeriesSampling sampling = new SeriesSampling(InstantMicrosConverter.toMicros(from),
                InstantMicrosConverter.toMicros(to), points);
        Instant justBefore = from.minus(1, ChronoUnit.MICROS);
        return entries.lastAtOrBefore(account.id, justBefore).flatMap(before -> entries.lastAtOrBefore(account.id, to)
                .flatMap(atEnd -> {
                    long startBalance = before == null ? 0 : before.balanceAfterMinor;
                    long endBalance = atEnd == null ? 0 : atEnd.balanceAfterMinor;
                    long seqBefore = before == null ? 0 : before.seq;
                    long seqAtEnd = atEnd == null ? 0 : atEnd.seq;
                    List<BalancePoint> series = new ArrayList<>();
                    series.add(point(from, startBalance, currency));
                    if (sampling.everyEntryFits(seqBefore, seqAtEnd)) {
                        return entries.between(account.id, seqBefore, seqAtEnd).map(rows -> {
                            for (Object[] row : rows) {
                                series.add(point((Instant) row[0], ((Number) row[1]).longValue(), currency));
                            }
                            if (!lastIsAt(atEnd, to)) {
                                series.add(point(to, endBalance, currency));
                            }
                            return view(account, from, to, false, series);
                        });
                    }
                    int inner = (int) sampling.buckets() - 1;
                    return entries.balancesAtSteps(account.id, sampling.fromMicros(), sampling.step(), inner)
                            .map(balances -> {
                                for (int i = 0; i < balances.size(); i++) {
                                    series.add(point(InstantMicrosConverter.fromMicros(sampling.bucketEnd(i + 1)),
                                            balances.get(i), currency));
                                }
                                series.add(point(to, endBalance, currency));
                                return view(account, from, to, true, series);
                            });
                }));
    }

    private static boolean lastIsAt(Entry last, Instant time) {
        return last != null && last.createdAt.equals(time);
    }

    private static BalancePoint point(Instant at, long minor, Currency currency) {
        return new BalancePoint(at, Money.format(minor, currency));
    }

    private static BalanceSeriesView view(Account account, Instant from, Instant to, boolean sampled,
            List<BalancePoint> points) {
        return new BalanceSeriesView(account.id, account.currency, from, to, sampled, List.copyOf(points));
    }
}
