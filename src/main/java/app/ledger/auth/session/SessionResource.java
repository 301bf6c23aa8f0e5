package app.ledger.auth.session;

import app.ledger.audit.AuditOrigin;
import app.ledger.auth.throttle.ClientAddresses;
import app.ledger.identity.CurrentUser;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** The logged-in user's sessions (one per login), and ending them. */
@Path("/me/sessions")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Account security")
@SecurityRequirement(name = "jwt")
public class SessionResource {

    private final SessionService sessions;
    private final CurrentUser currentUser;
    private final ClientAddresses clientAddresses;

    public SessionResource(SessionService sessions, CurrentUser currentUser, ClientAddresses clientAddresses) {
        this.sessions = sessions;
        this.currentUser = currentUser;
        this.clientAddresses = clientAddresses;
    }

    @GET
    @Operation(summary = "The user's sessions that have not expired, newest first; current marks this one")
    public Uni<List<SessionView>> list() {
        return sessions.list(currentUser.id(), currentUser.sessionId());
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "End one of the user's sessions: its tokens and open event streams stop at once")
    @APIResponse(responseCode = "204", description = "Ended")
    @APIResponse(responseCode = "404", description = "No such session of this user")
    public Uni<RestResponse<Void>> end(@PathParam("id") String id, @Context HttpServerRequest request) {
        return sessions.revoke(currentUser.id(), currentUser.sessionId(), id, origin(request))
                .map(ignored -> RestResponse.noContent());
    }

    @POST
    @Path("/revoke-others")
    @Operation(summary = "Log out everywhere else: end every session of the user but this one")
    @APIResponse(responseCode = "200", description = "How many sessions ended")
    public Uni<RevokedSessions> revokeOthers(@Context HttpServerRequest request) {
        return sessions.revokeOthers(currentUser.id(), currentUser.sessionId(), origin(request));
    }

    private AuditOrigin origin(HttpServerRequest request) {
        return new AuditOrigin(clientAddresses.of(request), request.getHeader(HttpHeaders.USER_AGENT));
    }
}
