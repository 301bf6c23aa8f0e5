package app.ledger.rate;

import app.ledger.identity.CurrentUser;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/rates")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Exchange rates")
@SecurityRequirement(name = "jwt")
public class RateResource {

    private final RateService rates;
    private final CurrentUser currentUser;

    public RateResource(RateService rates, CurrentUser currentUser) {
        this.rates = rates;
        this.currentUser = currentUser;
    }

    @GET
    @Operation(summary = "The user's exchange rates and the published reference rates, newest day first",
            description = "Each rate says its source (user or ecb) and whether it is published (seen by every "
                    + "user). Filters are optional; pass nextCursor as cursor for the next page.")
    @APIResponse(responseCode = "200", description = "{items: [{id, date, base, quote, rate, source, published}], "
            + "nextCursor}")
    @APIResponse(responseCode = "400", description = "A filter, the cursor or the limit is not acceptable")
    public Uni<RatePage> list(
            @Parameter(description = "Base currency, e.g. EUR") @QueryParam("base") String base,
            @Parameter(description = "Quote currency, e.g. USD") @QueryParam("quote") String quote,
            @Parameter(description = "First day, YYYY-MM-DD") @QueryParam("from") String from,
            @Parameter(description = "Last day, YYYY-MM-DD") @QueryParam("to") String to,
            @Parameter(description = "nextCursor of the page before") @QueryParam("cursor") String cursor,
            @Parameter(description = "1 to " + RateService.MAX_PAGE + ", default " + RateService.DEFAULT_PAGE)
            @QueryParam("limit") String limit) {
        return rates.list(currentUser.id(), base, quote, from, to, cursor, limit);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Enter a rate {date, base, quote, rate}: on date one base is worth rate quote",
            description = "rate is a decimal string such as \"1.0856\". Posting the same date, base and quote "
                    + "again replaces the value. The user's own rate beats a published one for the same day.")
    @APIResponse(responseCode = "201", description = "A new rate")
    @APIResponse(responseCode = "200", description = "The user's rate for that day and pair was replaced")
    @APIResponse(responseCode = "400", description = "Invalid field; nothing changed")
    public Uni<RestResponse<RateView>> record(RateRequest request) {
        return rates.record(currentUser.id(), request).map(recorded -> recorded instanceof RecordedRate.Added
                ? RestResponse.ResponseBuilder.<RateView>created(URI.create("/rates/" + recorded.rate().id()))
                        .entity(recorded.rate()).build()
                : RestResponse.ok(recorded.rate()));
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete one of the user's own rates")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "The user has no rate with this id (published rates included)")
    public Uni<Void> delete(@PathParam("id") long id) {
        return rates.delete(currentUser.id(), id);
    }
}
