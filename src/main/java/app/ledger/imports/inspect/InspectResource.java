package app.ledger.imports.inspect;

import app.ledger.identity.CurrentUser;
import app.ledger.imports.upload.Uploads;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/imports/inspect")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Statement imports")
@SecurityRequirement(name = "jwt")
public class InspectResource {

    private final InspectService inspections;
    private final CurrentUser currentUser;

    public InspectResource(InspectService inspections, CurrentUser currentUser) {
        this.inspections = inspections;
        this.currentUser = currentUser;
    }

    @POST
    @Operation(summary = "Read a bank statement without importing it",
            description = "The body as for POST /api/accounts/{id}/imports. Answers the detected format; for CSV "
                    + "the dialect, header, first records, header fingerprint, the mapping (given, the matching "
                    + "profile's, or the suggestion) and what it lacks; and the first rows as they would be read. "
                    + "accountId (optional) names the account whose currency amounts without one are in. Writes "
                    + "nothing.")
    @APIResponse(responseCode = "200", description = "The inspection")
    @APIResponse(responseCode = "400", description = "Malformed file (the detail names the line), or an "
            + "unreadable option")
    @APIResponse(responseCode = "404", description = "No such account (or mapping profile) for this user")
    @APIResponse(responseCode = "413", description = "Larger than ledger.import.max-bytes or more rows than "
            + "ledger.import.max-rows")
    @APIResponse(responseCode = "415", description = "Not a statement format Ledger reads; the answer lists them")
    public Uni<InspectView> inspect(@QueryParam("accountId") Long accountId, @Context RoutingContext request) {
        return inspections.inspect(currentUser.id(), accountId, Uploads.of(request));
    }
}
