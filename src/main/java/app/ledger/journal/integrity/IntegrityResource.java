package app.ledger.journal.integrity;

import app.ledger.identity.CurrentUser;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/accounts/{accountId}")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Ledger")
@SecurityRequirement(name = "jwt")
public class IntegrityResource {

    private final ChainVerifier verifier;
    private final CurrentUser currentUser;

    public IntegrityResource(ChainVerifier verifier, CurrentUser currentUser) {
        this.verifier = verifier;
        this.currentUser = currentUser;
    }

    @GET
    @Path("/verify")
    @Operation(summary = "Recompute the hash chain and balance from the entries")
    public Uni<VerificationView> verify(@PathParam("accountId") long accountId) {
        return verifier.verify(currentUser.id(), accountId);
    }
}
