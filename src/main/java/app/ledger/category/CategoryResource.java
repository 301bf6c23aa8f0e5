package app.ledger.category;

import app.ledger.identity.CurrentUser;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/categories")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Categories")
@SecurityRequirement(name = "jwt")
public class CategoryResource {

    private final CategoryService categories;
    private final CurrentUser currentUser;

    public CategoryResource(CategoryService categories, CurrentUser currentUser) {
        this.categories = categories;
        this.currentUser = currentUser;
    }

    @GET
    @Operation(summary = "The user's categories, archived ones included, by name",
            description = "All of them in one answer: a user has at most ledger.categories.max-per-user.")
    public Uni<List<CategoryView>> list() {
        return categories.list(currentUser.id());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a category {name, kind: expense|income, color?: #rrggbb, parentId?}",
            description = "A sub-category (parentId) goes under a top-level category and has its kind.")
    @APIResponse(responseCode = "201", description = "Category created")
    @APIResponse(responseCode = "400", description = "Invalid name, kind, colour or parent")
    @APIResponse(responseCode = "409", description = "The name is taken under that parent (regardless of case), "
            + "or the user has as many categories as allowed")
    public Uni<RestResponse<CategoryView>> create(CreateCategoryRequest request) {
        return categories.create(currentUser.id(), request)
                .map(view -> RestResponse.ResponseBuilder
                        .<CategoryView>created(URI.create("/categories/" + view.id())).entity(view).build());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One category of the user")
    @APIResponse(responseCode = "404", description = "No such category for this user")
    public Uni<CategoryView> get(@PathParam("id") long id) {
        return categories.get(currentUser.id(), id);
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change name, kind, color, parentId, or archive it with {\"archived\": true}",
            description = "Absent fields stay as they are; color and parentId may be set to null. An archived "
                    + "category stays on the entries that have it and cannot be chosen for new ones; "
                    + "{\"archived\": false} brings it back.")
    @APIResponse(responseCode = "400", description = "Invalid field; nothing changed")
    @APIResponse(responseCode = "404", description = "No such category for this user")
    @APIResponse(responseCode = "409", description = "The name is taken under that parent")
    public Uni<CategoryView> update(@PathParam("id") long id, ObjectNode body) {
        return categories.update(currentUser.id(), id, body);
    }
}
