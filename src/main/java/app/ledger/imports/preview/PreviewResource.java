package app.ledger.imports.preview;

import app.ledger.identity.CurrentUser;
import app.ledger.imports.upload.Uploads;
import app.ledger.imports.view.ImportView;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/accounts/{accountId}/imports")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Statement imports")
@SecurityRequirement(name = "jwt")
public class PreviewResource {

    private final PreviewService previews;
    private final CurrentUser currentUser;

    public PreviewResource(PreviewService previews, CurrentUser currentUser) {
        this.previews = previews;
        this.currentUser = currentUser;
    }

    @POST
    @Operation(summary = "Read a bank statement into a preview of its import into the account",
            description = "The body is the file (CSV, OFX/QFX, QIF or CAMT.053), raw with its content type and "
                    + "query parameters fileName, mapping, dialect, qifDateOrder, profileId, or multipart/form-data "
                    + "with the part file and the same options as text parts. Every row is answered in file order "
                    + "as new, duplicate (already in the ledger, with the reason) or invalid (with the reason and "
                    + "line). Nothing in the ledger changes: POST /api/imports/{id}/commit does that.")
    @APIResponse(responseCode = "201", description = "The import with every row")
    @APIResponse(responseCode = "400", description = "Malformed file (the detail names the line), an unreadable "
            + "option, or a CSV file whose columns are not mapped (csv-mapping-needed)")
    @APIResponse(responseCode = "404", description = "No such account (or mapping profile) for this user")
    @APIResponse(responseCode = "413", description = "Larger than ledger.import.max-bytes or more rows than "
            + "ledger.import.max-rows")
    @APIResponse(responseCode = "415", description = "Not a statement format Ledger reads; the answer lists them")
    @APIResponse(responseCode = "503", description = "Too many files are being read; retry after Retry-After")
    public Uni<RestResponse<ImportView>> preview(@PathParam("accountId") long accountId,
            @Context RoutingContext request) {
        return previews.preview(currentUser.id(), accountId, Uploads.of(request))
                .map(view -> RestResponse.ResponseBuilder.<ImportView>created(URI.create("/imports/" + view.id()))
                        .entity(view).build());
    }
}
