package app.ledger.auth;

import app.ledger.identity.CurrentUser;
import app.ledger.audit.AuditOrigin;
import app.ledger.auth.throttle.ClientAddresses;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.RestResponse;
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
    private final AccountSecurityService security;
    private final CurrentUser currentUser;
    private final ClientAddresses clientAddresses;

    public MeResource(AuthService auth, AccountSecurityService security, CurrentUser currentUser,
            ClientAddresses clientAddresses) {
        this.auth = auth;
        this.security = security;
        this.currentUser = currentUser;
        this.clientAddresses = clientAddresses;
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

    @POST
    @Path("/password")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change the password; every other session of the user ends")
    @APIResponse(responseCode = "204", description = "Changed; this session goes on, the others ended")
    @APIResponse(responseCode = "400", description = "A field missing, or the new password breaks a rule")
    @APIResponse(responseCode = "403", description = "The current password is wrong (wrong-password), or a user "
            + "without a password (hasPassword false: made by an identity provider), who sets a first one without "
            + "currentPassword, signed in more than 10 minutes ago (recent-sign-in-required); nothing changed")
    @APIResponse(responseCode = "429", description = "Too many wrong passwords; see Retry-After")
    public Uni<RestResponse<Void>> changePassword(PasswordChange change, @Context HttpServerRequest request) {
        return security.changePassword(currentUser.id(), currentUser.sessionId(), currentUser.signedInAt(), change,
                        new AuditOrigin(clientAddresses.of(request), request.getHeader(HttpHeaders.USER_AGENT)))
                .map(ignored -> RestResponse.noContent());
    }
}
