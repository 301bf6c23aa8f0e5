package app.ledger.rate;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.runtime.annotations.RegisterForReflection;
import java.time.LocalDate;

/**
 * A rate as the API shows it: on {@code date} one {@code base} is worth {@code rate} {@code quote} (an exact
 * decimal string). {@code published} marks the reference rates every user sees, which cannot be deleted.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@RegisterForReflection
public record RateView(long id, LocalDate date, String base, String quote, String rate, RateSource source,
        boolean published) {

    static RateView of(StoredRate rate) {
        return new RateView(rate.id(), rate.date(), rate.base(), rate.quote(), rate.rate().toPlainString(),
                rate.source(), rate.published());
    }
}
