package app.ledger.money;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/currencies")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Currencies")
public class CurrenciesResource {

    /** Exactly the codes {@link Currencies#find} accepts, so that a client can offer every one of them. */
    private static final List<CurrencyView> ACCEPTED = Currency.getAvailableCurrencies().stream()
            .map(currency -> Currencies.find(currency.getCurrencyCode()))
            .flatMap(Optional::stream)
            .map(currency -> new CurrencyView(currency.getCurrencyCode(), currency.getDisplayName(Locale.ENGLISH),
                    Money.fractionDigits(currency)))
            .sorted(Comparator.comparing(CurrencyView::code))
            .toList();

    @GET
    @Operation(summary = "Every ISO 4217 currency an account can be opened in, with its name and decimal places")
    public List<CurrencyView> currencies() {
        return ACCEPTED;
    }
}
