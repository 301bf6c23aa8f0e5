package app.ledger.auth;

import app.ledger.audit.AuditOrigin;
import app.ledger.auth.passkey.PasskeyOptions;
import app.ledger.auth.passkey.PasskeyRegistration;
import app.ledger.auth.passkey.PasskeyRename;
import app.ledger.auth.passkey.PasskeyService;
import app.ledger.auth.passkey.PasskeyView;
import app.ledger.auth.throttle.ClientAddresses;
import app.ledger.identity.CurrentUser;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The logged-in user's passkeys: add, list, rename, remove. Managed only from a login: a request made with
 * a personal access token is refused here, as everywhere under /me/.
 */
@Path("/me/passkeys")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Account security")
@SecurityRequirement(name = "jwt")
public class PasskeyResource {

    private final PasskeyService passkeys;
    private final AuthService auth;
    private final CurrentUser currentUser;
    private final ClientAddresses clientAddresses;

    public PasskeyResource(PasskeyService passkeys, AuthService auth, CurrentUser currentUser,
            ClientAddresses clientAddresses) {
        this.passkeys = passkeys;
        this.auth = auth;
        this.currentUser = currentUser;
        this.clientAddresses = clientAddresses;
    }

    @POST
    @Path("/registration-options")
    @Operation(summary = "Options for navigator.credentials.create() (PublicKeyCredentialCreationOptionsJSON): "
            + "a discoverable credential with user verification, the user's passkeys excluded")
    public Uni<RestResponse<PasskeyOptions.Creation>> registrationOptions() {
        long userId = currentUser.id();
        return auth.me(userId).flatMap(user -> passkeys.registrationOptions(userId, user.username()))
                .map(options -> RestResponse.ResponseBuilder.ok(options)
                        .header(HttpHeaders.CACHE_CONTROL, "no-store").build());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add the passkey the browser created: {name, credential: PublicKeyCredential.toJSON()}")
    @APIResponse(responseCode = "201", description = "Added")
    @APIResponse(responseCode = "400", description = "Bad name, or the credential does not answer this user's "
            + "challenge from one of Ledger's origins with user verification (invalid-passkey-response)")
    @APIResponse(responseCode = "409", description = "The user has as many passkeys as one may")
    public Uni<RestResponse<PasskeyView>> add(PasskeyRegistration registration, @Context HttpServerRequest http) {
        return passkeys.register(currentUser.id(), registration, origin(http))
                .map(added -> RestResponse.ResponseBuilder.<PasskeyView>created(URI.create("/api/me/passkeys/"
                        + added.id())).entity(added).build());
    }

    @GET
    @Operation(summary = "The user's passkeys, oldest first, with when each was last used; never their keys")
    public Uni<List<PasskeyView>> list() {
        return passkeys.list(currentUser.id());
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rename a passkey")
    @APIResponse(responseCode = "200", description = "Renamed")
    @APIResponse(responseCode = "400", description = "Name empty or longer than 64 characters")
    @APIResponse(responseCode = "404", description = "No such passkey of this user")
    public Uni<PasskeyView> rename(@PathParam("id") long id, PasskeyRename rename) {
        return passkeys.rename(currentUser.id(), id, rename);
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Remove a passkey: it signs in no more")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "No such passkey of this user")
    public Uni<RestResponse<Void>> remove(@PathParam("id") long id, @Context HttpServerRequest http) {
        return passkeys.remove(currentUser.id(), id, origin(http)).map(ignored -> RestResponse.noContent());
    }

    private AuditOrigin origin(HttpServerRequest request) {
        return new AuditOrigin(clientAddresses.of(request), request.getHeader(HttpHeaders.USER_AGENT));
    }
}
