package app.ledger.auth;

import app.ledger.identity.CurrentUser;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/me")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Authentication")
@SecurityRequirement(name = "jwt")
public class MeResource {

    private final AuthService auth;
    private final CurrentUser currentUser;

    public MeResource(AuthService auth, CurrentUser currentUser) {
        this.auth = auth;
        this.currentUser = currentUser;
    }

    @GET
    @Operation(summary = "The logged-in user, with their time zone and locale")
    public Uni<UserView> me() {
        return auth.me(currentUser.id());
    }

    @PATCH
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change the time zone (IANA id) or the locale (BCP 47 tag); absent fields stay")
    @APIResponse(responseCode = "200", description = "The user as changed")
    @APIResponse(responseCode = "400", description = "Not a time zone or not a language tag; nothing changed")
    public Uni<UserView> update(PreferencesRequest request) {
        return auth.updatePreferences(currentUser.id(), request);
    }
}
