package app.ledger.auth;

import app.ledger.auth.throttle.ClientAddresses;
import app.ledger.identity.CurrentUser;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/auth")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Authentication")
public class AuthResource {

    private final AuthService auth;
    private final AuthCookie cookie;
    private final TokenIssuer tokens;
    private final CurrentUser currentUser;
    private final ClientAddresses clientAddresses;
    private final CurrentIdentityAssociation identities;

    public AuthResource(AuthService auth, AuthCookie cookie, TokenIssuer tokens, CurrentUser currentUser,
            ClientAddresses clientAddresses, CurrentIdentityAssociation identities) {
        this.auth = auth;
        this.cookie = cookie;
        this.tokens = tokens;
        this.currentUser = currentUser;
        this.clientAddresses = clientAddresses;
        this.identities = identities;
    }

    @POST
    @Path("/register")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a user (and their first account, \"Main\")")
    @APIResponse(responseCode = "201", description = "User created")
    @APIResponse(responseCode = "400", description = "Invalid username, password, time zone or locale")
    @APIResponse(responseCode = "403", description = "Registration is closed and nobody is logged in")
    @APIResponse(responseCode = "409", description = "Username taken")
    @APIResponse(responseCode = "429", description = "Too many registrations from this address; see Retry-After")
    @APIResponse(responseCode = "503", description = "Too many passwords being checked; see Retry-After")
    public Uni<RestResponse<UserView>> register(Registration registration, @Context HttpServerRequest request) {
        String clientAddress = clientAddresses.of(request);
        return loggedIn()
                .flatMap(loggedIn -> auth.register(registration, clientAddress, loggedIn))
                .map(user -> RestResponse.ResponseBuilder.<UserView>created(URI.create("/me"))
                        .entity(user).build());
    }

    /** Registration needs no login, so an invalid or expired one only means: not logged in. */
    private Uni<Boolean> loggedIn() {
        return identities.getDeferredIdentity()
                .map(identity -> !identity.isAnonymous())
                .onFailure().recoverWithItem(false);
    }

    @POST
    @Path("/login")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Exchange username and password (and, with two-step login on, a code) for a token "
            + "(body and HttpOnly cookie)")
    @APIResponse(responseCode = "200", description = "Logged in")
    @APIResponse(responseCode = "401", description = "Wrong username or password (invalid-credentials); with "
            + "two-step login on, no code given (second-factor-required: repeat with totp or recoveryCode) or a "
            + "wrong or used one (invalid-second-factor)")
    @APIResponse(responseCode = "429", description = "Too many failed attempts; see Retry-After")
    @APIResponse(responseCode = "503", description = "Too many passwords being checked; see Retry-After")
    public Uni<RestResponse<LoginView>> login(Credentials credentials, @Context HttpServerRequest request) {
        return auth.login(credentials, clientAddresses.of(request), request.getHeader(HttpHeaders.USER_AGENT))
                .map(login -> RestResponse.ResponseBuilder.ok(login)
                        .header(HttpHeaders.SET_COOKIE, cookie.set(login.token(), tokens.lifetime()))
                        .header(HttpHeaders.CACHE_CONTROL, "no-store")
                        .build());
    }

    @POST
    @Path("/logout")
    @Authenticated
    @SecurityRequirement(name = "jwt")
    @Operation(summary = "End the current session (its token is refused from now on) and clear the cookie")
    @APIResponse(responseCode = "204", description = "Logged out")
    public Uni<RestResponse<Void>> logout() {
        return auth.logout(currentUser.id(), currentUser.sessionId())
                .map(ignored -> RestResponse.ResponseBuilder.<Void>noContent()
                        .header(HttpHeaders.SET_COOKIE, cookie.clear())
                        .build());
    }
}
