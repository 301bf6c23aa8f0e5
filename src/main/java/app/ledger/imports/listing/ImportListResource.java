package app.ledger.imports.listing;

import app.ledger.identity.CurrentUser;
import app.ledger.imports.store.RowStatus;
import app.ledger.imports.view.ImportPage;
import app.ledger.imports.view.ImportRowPage;
import app.ledger.imports.view.ImportView;
import app.ledger.imports.view.ImportViews;
import app.ledger.problem.FieldErrors;
import app.ledger.support.LimitParameter;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/imports")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Statement imports")
@SecurityRequirement(name = "jwt")
public class ImportListResource {

    static final int DEFAULT_PAGE = 20;
    static final int DEFAULT_ROWS = 200;

    private final ImportViews views;
    private final CurrentUser currentUser;

    public ImportListResource(ImportViews views, CurrentUser currentUser) {
        this.views = views;
        this.currentUser = currentUser;
    }

    @GET
    @Operation(summary = "The user's imports, newest first",
            description = "{items, nextCursor}: items without their rows; pass nextCursor as cursor for the next "
                    + "page (null on the last).")
    @APIResponse(responseCode = "400", description = "A cursor this list did not hand out, or a limit out of range")
    public Uni<ImportPage> list(@QueryParam("cursor") String cursor, @QueryParam("limit") String limit) {
        FieldErrors errors = new FieldErrors();
        int size = LimitParameter.parse(limit, DEFAULT_PAGE, ImportViews.MAX_IMPORTS_PER_PAGE, "page size", errors);
        errors.throwIfAny();
        return views.list(currentUser.id(), cursor == null || cursor.isEmpty() ? null : cursor, size);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One import with every row in file order")
    @APIResponse(responseCode = "404", description = "No such import for this user")
    public Uni<ImportView> get(@PathParam("id") long id) {
        return views.getWithRows(currentUser.id(), id);
    }

    @GET
    @Path("/{id}/rows")
    @Operation(summary = "A page of an import's rows in file order",
            description = "status=new|duplicate|invalid keeps those; offset (0) and limit (200, at most 1000). "
                    + "{items, offset, total, nextOffset}.")
    @APIResponse(responseCode = "400", description = "Unknown status, or offset or limit out of range")
    @APIResponse(responseCode = "404", description = "No such import for this user")
    public Uni<ImportRowPage> rows(@PathParam("id") long id, @QueryParam("status") String status,
            @QueryParam("offset") String offset, @QueryParam("limit") String limit) {
        FieldErrors errors = new FieldErrors();
        RowStatus wanted = null;
        if (status != null && !status.isEmpty()) {
            wanted = RowStatus.of(status);
            if (wanted == null) {
                errors.add("status", "The status is new, duplicate or invalid.");
            }
        }
        int from = 0;
        if (offset != null && !offset.isEmpty()) {
            try {
                from = Integer.parseInt(offset);
            } catch (NumberFormatException e) {
                from = -1;
            }
            if (from < 0) {
                errors.add("offset", "The offset is a whole number from 0.");
                from = 0;
            }
        }
        int size = LimitParameter.parse(limit, DEFAULT_ROWS, ImportViews.MAX_ROWS_PER_PAGE, "page size", errors);
        errors.throwIfAny();
        return views.rows(currentUser.id(), id, wanted, from, size);
    }
}
