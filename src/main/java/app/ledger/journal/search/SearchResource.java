package app.ledger.journal.search;

import app.ledger.identity.CurrentUser;
import app.ledger.journal.history.HistoryFilterParams;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The collection of a user's entries: search across accounts ({@code /entries/{id}} is one entry). */
@Path("/entries")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Ledger")
@SecurityRequirement(name = "jwt")
public class SearchResource {

    private final SearchService search;
    private final CurrentUser currentUser;

    public SearchResource(SearchService search, CurrentUser currentUser) {
        this.search = search;
        this.currentUser = currentUser;
    }

    @GET
    @Operation(summary = "Search every account the user may read, newest day first, one page at a time (pass "
            + "nextCursor back as cursor); amounts are compared in each account's own currency")
    @APIResponse(responseCode = "400", description = "A filter, the page size or the cursor is not acceptable")
    @APIResponse(responseCode = "404", description = "An account named is not one of the user's")
    public Uni<SearchPage> search(@QueryParam("limit") String limit, @QueryParam("cursor") String cursor,
            @Parameter(description = "Only these accounts (repeatable); default: all")
            @QueryParam("accountId") List<String> accountIds,
            @BeanParam HistoryFilterParams filters) {
        return search.search(currentUser.id(), SearchQuery.parse(limit, cursor, accountIds, filters));
    }
}
