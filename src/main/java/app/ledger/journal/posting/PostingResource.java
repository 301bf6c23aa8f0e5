package app.ledger.journal.posting;

import app.ledger.identity.CurrentUser;
import app.ledger.journal.EntryType;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
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

@Path("/accounts/{accountId}")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Ledger")
@SecurityRequirement(name = "jwt")
public class PostingResource {

    private final PostingService postings;
    private final CurrentUser currentUser;

    public PostingResource(PostingService postings, CurrentUser currentUser) {
        this.postings = postings;
        this.currentUser = currentUser;
    }

    @POST
    @Path("/deposits")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Deposit into an account")
    @APIResponse(responseCode = "201", description = "The new entry and the new balance",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PostingView.class)))
    @APIResponse(responseCode = "400", description = "Invalid amount, description or category")
    @APIResponse(responseCode = "404", description = "No such account for this user")
    @APIResponse(responseCode = "422", description = "Idempotency-Key reused for a different request")
    @Parameter(name = WriteRules.IDEMPOTENCY_HEADER, in = ParameterIn.HEADER,
            description = "Makes retries safe: the same key within 24 h returns the first answer")
    public Uni<Response> deposit(@PathParam("accountId") long accountId, PostingRequest request,
            HttpServerRequest http) {
        return postings.post(currentUser.id(), accountId, EntryType.DEPOSIT, request, IdempotencyKeyHeader.of(http))
                .map(PostingAnswers::of);
    }

    @POST
    @Path("/withdrawals")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Withdraw from an account; the balance never goes below zero")
    @APIResponse(responseCode = "201", description = "The new entry and the new balance",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PostingView.class)))
    @APIResponse(responseCode = "409", description = "Insufficient funds; nothing was written")
    @Parameter(name = WriteRules.IDEMPOTENCY_HEADER, in = ParameterIn.HEADER,
            description = "Makes retries safe: the same key within 24 h returns the first answer")
    public Uni<Response> withdraw(@PathParam("accountId") long accountId, PostingRequest request,
            HttpServerRequest http) {
        return postings.post(currentUser.id(), accountId, EntryType.WITHDRAWAL, request,
                IdempotencyKeyHeader.of(http))
                .map(PostingAnswers::of);
    }
}
