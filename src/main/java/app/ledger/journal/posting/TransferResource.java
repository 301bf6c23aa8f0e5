package app.ledger.journal.posting;

import app.ledger.identity.CurrentUser;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/transfers")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Ledger")
@SecurityRequirement(name = "jwt")
public class TransferResource {

    private final PostingService postings;
    private final CurrentUser currentUser;

    public TransferResource(PostingService postings, CurrentUser currentUser) {
        this.postings = postings;
        this.currentUser = currentUser;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Move money between two of the user's accounts",
            description = "amount is in the source account's currency; toAmount, the amount that arrives in the "
                    + "target account's currency, is required when the currencies differ, and otherwise absent "
                    + "or equal to amount. Both legs show the implied rate (target units per source unit), the "
                    + "other leg's amount and its currency.")
    @APIResponse(responseCode = "400", description = "Invalid amount or toAmount, or the same account twice")
    @APIResponse(responseCode = "201", description = "Both entries and both new balances",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TransferView.class)))
    @APIResponse(responseCode = "409", description = "Insufficient funds in the source account")
    @Parameter(name = WriteRules.IDEMPOTENCY_HEADER, in = ParameterIn.HEADER,
            description = "Makes retries safe: the same key within 24 h returns the first answer")
    public Uni<Response> transfer(TransferRequest request, HttpServerRequest http) {
        return postings.transfer(currentUser.id(), request, IdempotencyKeyHeader.of(http)).map(PostingAnswers::of);
    }
}
