package app.ledger.imports.commit;

import app.ledger.identity.CurrentUser;
import app.ledger.journal.posting.PostingResult;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/imports/{importId}")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Imports")
@SecurityRequirement(name = "jwt")
public class ImportCommitResource {

    private final ImportCommitService imports;
    private final CurrentUser currentUser;

    public ImportCommitResource(ImportCommitService imports, CurrentUser currentUser) {
        this.imports = imports;
        this.currentUser = currentUser;
    }

    @POST
    @Path("/commit")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Write the previewed rows into the account, all or none: the new rows less skip, with "
            + "include, in date order; openingBalance deposits the statement's opening balance first")
    @APIResponse(responseCode = "200", description = "{id, status: committed, imported, balance}")
    @APIResponse(responseCode = "409", description = "Not a preview any more, or a withdrawal the balance would "
            + "not cover (insufficient-funds, naming the row)")
    public Uni<Response> commit(@PathParam("importId") long importId, CommitRequest request) {
        return imports.commit(currentUser.id(), importId, request).map(ImportCommitResource::ok);
    }

    @DELETE
    @Operation(summary = "Delete a preview, or undo a committed import by reversing its entries, all or none")
    @APIResponse(responseCode = "204", description = "The preview was deleted")
    @APIResponse(responseCode = "200", description = "{id, status: undone, reversed, balance}")
    @APIResponse(responseCode = "409", description = "Undone already, or a reversal the balance would not cover")
    public Uni<Response> delete(@PathParam("importId") long importId) {
        return imports.delete(currentUser.id(), importId).map(deleted -> deleted instanceof
                ImportCommitService.Deleted.Undone undone ? ok(undone.result()) : Response.noContent().build());
    }

    private static Response ok(PostingResult result) {
        if (result instanceof PostingResult.Refused refused) {
            throw refused.problem();
        }
        return Response.ok(((PostingResult.Applied) result).body(), MediaType.APPLICATION_JSON).build();
    }
}
