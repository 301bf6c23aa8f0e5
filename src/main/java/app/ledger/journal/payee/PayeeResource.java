package app.ledger.journal.payee;

import app.ledger.identity.CurrentUser;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
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

@Path("/payees")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Ledger")
@SecurityRequirement(name = "jwt")
public class PayeeResource {

    private final PayeeService payees;
    private final CurrentUser currentUser;

    public PayeeResource(PayeeService payees, CurrentUser currentUser) {
        this.payees = payees;
        this.currentUser = currentUser;
    }

    @GET
    @Operation(summary = "Payee suggestions from the user's entries, best first",
            description = "Names that contain q regardless of case; those that start with it first, then the "
                    + "most used, then the most recent. Without q, the most used. Reversals do not count as uses.")
    @APIResponse(responseCode = "200", description = "[{name, uses, lastOccurredOn}]")
    @APIResponse(responseCode = "400", description = "q longer than a payee, or limit out of range")
    public Uni<List<PayeeView>> suggest(
            @Parameter(description = "Text the payee contains, any case") @QueryParam("q") String q,
            @Parameter(description = "1 to 50, default 10") @QueryParam("limit") String limit) {
        return payees.suggest(currentUser.id(), q, limit);
    }
}
