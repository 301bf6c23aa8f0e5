package app.ledger.rate;

import app.ledger.problem.FieldErrors;
import app.ledger.support.LimitParameter;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A user's exchange rates: those they enter, one per day and pair (posting it again replaces it), next to
 * the published reference rates that every user sees. Other users' rates are answered like missing ones.
 */
@ApplicationScoped
public class RateService {

    public static final int DEFAULT_PAGE = 50;
    public static final int MAX_PAGE = 500;

    private final RateRepository rates;
    private final Clock clock = Clock.systemUTC();

    public RateService(RateRepository rates) {
        this.rates = rates;
    }

    public Uni<RatePage> list(long userId, String base, String quote, String from, String to, String cursor,
            String limit) {
        FieldErrors errors = new FieldErrors();
        RateFilter filter = RateFilter.parse(base, quote, from, to, cursor, errors);
        int size = LimitParameter.parse(limit, DEFAULT_PAGE, MAX_PAGE, "page size", errors);
        errors.throwIfAny();
        return rates.page(userId, filter, size + 1).map(rows -> {
            List<StoredRate> page = rows.size() > size ? rows.subList(0, size) : rows;
            StoredRate last = page.isEmpty() ? null : page.get(page.size() - 1);
            String next = rows.size() > size ? new RateCursor(last.date().toEpochDay(), last.id()).encode() : null;
            return new RatePage(page.stream().map(RateView::of).toList(), next);
        });
    }

    /** Adds the user's rate for that day and pair, or replaces the one they had. */
    public Uni<RecordedRate> record(long userId, RateRequest request) {
        RateRequest body = request != null ? request : new RateRequest(null, null, null, null);
        FieldErrors errors = new FieldErrors();
        LocalDate day = RateRules.day("date", body.date(), LocalDate.now(clock), errors);
        String base = RateRules.currency("base", body.base(), errors);
        String quote = RateRules.currency("quote", body.quote(), errors);
        if (base != null && base.equals(quote)) {
            errors.add("quote", "The two currencies of a rate differ.");
        }
        BigDecimal rate = RateRules.rate(body.rate(), errors);
        errors.throwIfAny();
        return Panache.withTransaction(() -> store(userId, day, base, quote, rate))
                .flatMap(stored -> rates.byId(stored.id)
                        .map(row -> stored.added ? new RecordedRate.Added(RateView.of(row))
                                : new RecordedRate.Replaced(RateView.of(row))));
    }

    private Uni<Stored> store(long userId, LocalDate day, String base, String quote, BigDecimal rate) {
        return rates.addOwnIfAbsent(userId, RateSource.USER, day, base, quote, rate)
                .flatMap(added -> (added ? Uni.createFrom().voidItem()
                        : rates.put(userId, RateSource.USER, day, base, Map.of(quote, rate)))
                        .flatMap(done -> rates.findOwn(userId, RateSource.USER, day, base, quote))
                        .map(id -> new Stored(id, added)));
    }

    @WithTransaction
    public Uni<Void> delete(long userId, long id) {
        return rates.deleteOwn(userId, id).invoke(deleted -> {
            if (!deleted) {
                throw new RateNotFoundException(id);
            }
        }).replaceWithVoid();
    }

    record Stored(long id, boolean added) {
    }
}
