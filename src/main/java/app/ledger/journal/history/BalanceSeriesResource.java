package app.ledger.journal.history;

import app.ledger.identity.CurrentUser;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/accounts/{accountId}/balance-series")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Ledger")
@SecurityRequirement(name = "jwt")
public class BalanceSeriesResource {

    private final BalanceSeriesService series;
    private final CurrentUser currentUser;

    public BalanceSeriesResource(BalanceSeriesService series, CurrentUser currentUser) {
        this.series = series;
        this.currentUser = currentUser;
    }

    @GET
    @Operation(summary = "The account's balance over time, for a chart: at most `points` points between from and to,"
            + " whatever the length of the history")
    @APIResponse(responseCode = "400", description = "A time or the number of points is not acceptable")
    @APIResponse(responseCode = "404", description = "No such account for this user")
    public Uni<BalanceSeriesView> series(@PathParam("accountId") long accountId,
            @Parameter(description = "ISO-8601 UTC time; default: when the account was opened") @QueryParam("from")
            String from,
            @Parameter(description = "ISO-8601 UTC time; default: now") @QueryParam("to") String to,
            @Parameter(description = "Most points in the answer, 2 to 1000; default 200") @QueryParam("points")
            String points) {
        return series.series(currentUser.id(), accountId, BalanceSeriesQuery.parse(from, to, points));
    }
}
