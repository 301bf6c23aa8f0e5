package app.ledger.leaving;

import app.ledger.auth.AuthCookie;
import app.ledger.auth.throttle.ClientAddresses;
import app.ledger.identity.CurrentUser;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** Leaving: deleting the account with everything in it. */
@Path("/me")
@Authenticated
@Tag(name = "Authentication")
@SecurityRequirement(name = "jwt")
public class LeavingResource {

    private final AccountDeletion deletion;
    private final CurrentUser currentUser;
    private final ClientAddresses clientAddresses;
    private final AuthCookie cookie;

    public LeavingResource(AccountDeletion deletion, CurrentUser currentUser,
            ClientAddresses clientAddresses, AuthCookie cookie) {
        this.deletion = deletion;
        this.currentUser = currentUser;
        this.clientAddresses = clientAddresses;
        this.cookie = cookie;
    }

    @DELETE
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Delete the user and all their data, and end every session they have",
            description = "Body {password, totp?}: the password, and a current code when a second factor is on.")
    @APIResponse(responseCode = "204", description = "Deleted: nothing of the user remains")
    @APIResponse(responseCode = "400", description = "No password sent; nothing deleted")
    @APIResponse(responseCode = "403", description = "Wrong password (or second factor); nothing deleted")
    @APIResponse(responseCode = "429", description = "Too many wrong passwords; try again later")
    public Uni<RestResponse<Void>> deleteAccount(DeleteAccountRequest request, @Context HttpServerRequest http) {
        return deletion.delete(currentUser.id(), request, clientAddresses.of(http))
                .map(ignored -> RestResponse.ResponseBuilder.<Void>noContent()
                        .header(HttpHeaders.SET_COOKIE, cookie.clear())
                        .build());
    }
}
