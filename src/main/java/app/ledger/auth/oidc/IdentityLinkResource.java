package app.ledger.auth.oidc;

import app.ledger.audit.AuditOrigin;
import app.ledger.auth.throttle.ClientAddresses;
import app.ledger.identity.CurrentUser;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
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

/** The logged-in user's links to the identity provider: seeing them, starting a new one, removing one. */
@Path("/me/identity-links")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Account security")
@SecurityRequirement(name = "jwt")
public class IdentityLinkResource {

    private final ProviderSignIn signIn;
    private final LinkIntents intents;
    private final LinkCookie linkCookie;
    private final CurrentUser currentUser;
    private final ClientAddresses clientAddresses;

    public IdentityLinkResource(ProviderSignIn signIn, LinkIntents intents, LinkCookie linkCookie,
            CurrentUser currentUser, ClientAddresses clientAddresses) {
        this.signIn = signIn;
        this.intents = intents;
        this.linkCookie = linkCookie;
        this.currentUser = currentUser;
        this.clientAddresses = clientAddresses;
    }

    @GET
    @Operation(summary = "The user's links to the identity provider")
    @APIResponse(responseCode = "404", description = "Sign-in through an identity provider is off")
    public Uni<List<IdentityLinkView>> list() {
        return signIn.list(currentUser.id());
    }

    @POST
    @Path("/start")
    @Operation(summary = "Begin linking: sets a short-lived cookie for the sign-in route and answers where the "
            + "browser goes next (the provider's sign-in); back from it, the account is linked")
    @APIResponse(responseCode = "200", description = "location: the address to open in the browser")
    public RestResponse<LinkStart> start() {
        String handle = intents.start(currentUser.id(), currentUser.sessionId());
        return RestResponse.ResponseBuilder.ok(new LinkStart(LinkCookie.PATH + "/login"))
                .header(HttpHeaders.SET_COOKIE, linkCookie.set(handle))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Remove a link, unless it is the user's only way in")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "No such link of this user")
    @APIResponse(responseCode = "409", description = "The provider is the only way in (last-way-in): password "
            + "login is off, or the user has no password")
    public Uni<RestResponse<Void>> unlink(@PathParam("id") long id, @Context HttpServerRequest request) {
        AuditOrigin origin = new AuditOrigin(clientAddresses.of(request), request.getHeader(HttpHeaders.USER_AGENT));
        return signIn.unlink(currentUser.id(), id, origin).map(ignored -> RestResponse.noContent());
    }

    /** Where the browser goes to finish linking. */
    public record LinkStart(String location) {
    }
}
