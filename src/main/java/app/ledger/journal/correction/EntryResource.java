package app.ledger.journal.correction;

import app.ledger.identity.CurrentUser;
import app.ledger.journal.posting.IdempotencyKeyHeader;
import app.ledger.journal.posting.PostingAnswers;
import app.ledger.journal.posting.PostingView;
import app.ledger.journal.posting.ReversalRequest;
import app.ledger.journal.posting.WriteRules;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
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

@Path("/entries/{entryId}")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Ledger")
@SecurityRequirement(name = "jwt")
public class EntryResource {

    private final EntryService entries;
    private final CurrentUser currentUser;

    public EntryResource(EntryService entries, CurrentUser currentUser) {
        this.entries = entries;
        this.currentUser = currentUser;
    }

    @GET
    @Operation(summary = "One entry with the trail of its metadata changes")
    @APIResponse(responseCode = "404", description = "No such entry for this user")
    public Uni<EntryDetailView> get(@PathParam("entryId") long entryId) {
        return entries.detail(currentUser.id(), entryId);
    }

    @PATCH
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change metadata: description, categoryId, payee, tags, notes (null clears)",
            description = "The money (account, type, amount, day) never changes: reverse the entry instead. "
                    + "Every change is kept in the entry's trail and sent live as entry-updated.")
    @APIResponse(responseCode = "200", description = "The entry as changed, with its trail")
    @APIResponse(responseCode = "400", description = "A field that is invalid or cannot be changed")
    @APIResponse(responseCode = "404", description = "No such entry for this user")
    public Uni<EntryDetailView> edit(@PathParam("entryId") long entryId, ObjectNode body) {
        return entries.edit(currentUser.id(), entryId, body);
    }

    @POST
    @Path("/reversal")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Cancel an entry by appending its opposite (both legs of a transfer)",
            description = "Optional body {occurredOn?, notes?}; the reversal takes the day of the entry it "
                    + "cancels unless another is given. Answers like a deposit or withdrawal, or like a "
                    + "transfer when a transfer is reversed.")
    @APIResponse(responseCode = "201", description = "The reversing entry (or transfer) and balance",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PostingView.class)))
    @APIResponse(responseCode = "404", description = "No such entry for this user")
    @APIResponse(responseCode = "409", description = "Already reversed, or the balance does not cover it")
    @Parameter(name = WriteRules.IDEMPOTENCY_HEADER, in = ParameterIn.HEADER,
            description = "Makes retries safe: the same key within 24 h returns the first answer")
    public Uni<Response> reverse(@PathParam("entryId") long entryId, ReversalRequest request,
            HttpServerRequest http) {
        return entries.reverse(currentUser.id(), entryId, request, IdempotencyKeyHeader.of(http))
                .map(PostingAnswers::of);
    }
}
