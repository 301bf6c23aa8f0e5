package app.ledger.imports.profile;

import app.ledger.identity.CurrentUser;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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

@Path("/import-profiles")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Statement imports")
@SecurityRequirement(name = "jwt")
public class ImportProfileResource {

    private final ImportProfileService profiles;
    private final CurrentUser currentUser;

    public ImportProfileResource(ImportProfileService profiles, CurrentUser currentUser) {
        this.profiles = profiles;
        this.currentUser = currentUser;
    }

    @GET
    @Operation(summary = "The user's saved CSV mappings, by name")
    public Uni<List<ImportProfileView>> list() {
        return profiles.list(currentUser.id());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Save a CSV mapping under a name",
            description = "{name, headerFingerprint?, mapping, dialect?}. A file whose header has this fingerprint "
                    + "(see POST /api/imports/inspect) is read with this mapping when none is given.")
    @APIResponse(responseCode = "201", description = "Saved")
    @APIResponse(responseCode = "400", description = "Invalid field; nothing was saved")
    @APIResponse(responseCode = "409", description = "A profile of this name exists, or there are too many")
    public Uni<RestResponse<ImportProfileView>> create(ObjectNode body) {
        return profiles.create(currentUser.id(), body).map(view -> RestResponse.ResponseBuilder
                .<ImportProfileView>created(URI.create("/import-profiles/" + view.id())).entity(view).build());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One saved CSV mapping")
    @APIResponse(responseCode = "404", description = "No such profile for this user")
    public Uni<ImportProfileView> get(@PathParam("id") long id) {
        return profiles.get(currentUser.id(), id);
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a saved CSV mapping", description = "Any of name, headerFingerprint, mapping, dialect.")
    @APIResponse(responseCode = "400", description = "Invalid field; nothing changed")
    @APIResponse(responseCode = "404", description = "No such profile for this user")
    @APIResponse(responseCode = "409", description = "Another profile has this name")
    public Uni<ImportProfileView> update(@PathParam("id") long id, ObjectNode body) {
        return profiles.update(currentUser.id(), id, body);
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete a saved CSV mapping")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such profile for this user")
    public Uni<RestResponse<Void>> delete(@PathParam("id") long id) {
        return profiles.delete(currentUser.id(), id).map(ignored -> RestResponse.noContent());
    }
}
