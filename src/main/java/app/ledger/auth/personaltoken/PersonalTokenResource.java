package app.ledger.auth.personaltoken;

import app.ledger.audit.AuditOrigin;
import app.ledger.auth.throttle.ClientAddresses;
import app.ledger.identity.CurrentUser;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The logged-in user's personal access tokens, for scripts. Managed only from a login: a request made with
 * a token is refused here ({@link PersonalTokenScopeGuard}).
 */
@Path("/me/tokens")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Account security")
@SecurityRequirement(name = "jwt")
public class PersonalTokenResource {

    private final PersonalTokenService tokens;
    private final CurrentUser currentUser;
    private final ClientAddresses clientAddresses;

    public PersonalTokenResource(PersonalTokenService tokens, CurrentUser currentUser,
            ClientAddresses clientAddresses) {
        this.tokens = tokens;
        this.currentUser = currentUser;
        this.clientAddresses = clientAddresses;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create an access token (sent as Authorization: Bearer); its text is shown only now")
    @APIResponse(responseCode = "201", description = "Created; the token's text is in token")
    @APIResponse(responseCode = "400", description = "Name, scopes or expiry out of bounds")
    @APIResponse(responseCode = "409", description = "The user has as many tokens as one may")
    public Uni<RestResponse<CreatedPersonalToken>> create(PersonalTokenRequest request,
            @Context HttpServerRequest http) {
        return tokens.create(currentUser.id(), request == null ? new PersonalTokenRequest(null, null, null) : request,
                        origin(http))
                .map(created -> RestResponse.status(RestResponse.Status.CREATED, created));
    }

    @GET
    @Operation(summary = "The user's access tokens, newest first, with when each was last used; never their text")
    public Uni<List<PersonalTokenView>> list() {
        return tokens.list(currentUser.id());
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Revoke an access token: it is refused from now on")
    @APIResponse(responseCode = "204", description = "Revoked")
    @APIResponse(responseCode = "404", description = "No such token of this user")
    public Uni<RestResponse<Void>> revoke(@PathParam("id") long id, @Context HttpServerRequest http) {
        return tokens.revoke(currentUser.id(), id, origin(http)).map(ignored -> RestResponse.noContent());
    }

    private AuditOrigin origin(HttpServerRequest request) {
        return new AuditOrigin(clientAddresses.of(request), request.getHeader(HttpHeaders.USER_AGENT));
    }
}
