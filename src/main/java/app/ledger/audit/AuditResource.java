package app.ledger.audit;

import app.ledger.identity.CurrentUser;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The logged-in user's own security history. */
@Path("/me/audit")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Account security")
@SecurityRequirement(name = "jwt")
public class AuditResource {

    private final AuditService audit;
    private final CurrentUser currentUser;

    public AuditResource(AuditService audit, CurrentUser currentUser) {
        this.audit = audit;
        this.currentUser = currentUser;
    }

    @GET
    @Operation(summary = "The user's security events, newest first, 50 a page (pass nextCursor back as cursor)")
    @APIResponse(responseCode = "400", description = "Not a cursor of this list")
    public Uni<AuditPage> page(@QueryParam("cursor") String cursor) {
        return audit.page(currentUser.id(), cursor);
    }

    @GET
    @Path("/verify")
    @Operation(summary = "Recompute the hash chain of the user's security events")
    public Uni<AuditVerificationView> verify() {
        return audit.verify(currentUser.id());
    }
}
