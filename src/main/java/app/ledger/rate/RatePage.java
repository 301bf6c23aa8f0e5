package app.ledger.rate;

import io.quarkus.runtime.annotations.RegisterForReflection;
import java.util.List;

/** One page of rates, newest day first; {@code nextCursor} fetches the page after it, null on the last page. */
@RegisterForReflection
public record RatePage(List<RateView> items, String nextCursor) {
}
