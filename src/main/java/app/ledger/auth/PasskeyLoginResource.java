package app.ledger.auth;

import app.ledger.auth.passkey.PasskeyCredentialJson;
import app.ledger.auth.passkey.PasskeyOptions;
import app.ledger.auth.passkey.PasskeyService;
import app.ledger.auth.throttle.ClientAddresses;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** Signing in with a passkey, without a username or password: ends in the same session a password login does. */
@Path("/auth/passkey")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Authentication")
public class PasskeyLoginResource {

    private final PasskeyService passkeys;
    private final AuthService auth;
    private final AuthCookie cookie;
    private final TokenIssuer tokens;
    private final ClientAddresses clientAddresses;

    public PasskeyLoginResource(PasskeyService passkeys, AuthService auth, AuthCookie cookie, TokenIssuer tokens,
            ClientAddresses clientAddresses) {
        this.passkeys = passkeys;
        this.auth = auth;
        this.cookie = cookie;
        this.tokens = tokens;
        this.clientAddresses = clientAddresses;
    }

    @POST
    @Path("/options")
    @Operation(summary = "Options for navigator.credentials.get() (PublicKeyCredentialRequestOptionsJSON): a "
            + "signed challenge, kept nowhere until it is answered; any passkey of this service may answer")
    public RestResponse<PasskeyOptions.Request> options() {
        return RestResponse.ResponseBuilder.ok(passkeys.signInOptions())
                .header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }

    @POST
    @Path("/login")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Sign in with the browser's answer (PublicKeyCredential.toJSON()): a token, as "
            + "/auth/login answers, in the body and the HttpOnly cookie. No second factor is asked")
    @APIResponse(responseCode = "200", description = "Logged in")
    @APIResponse(responseCode = "401", description = "Unknown or removed passkey (passkey-not-recognised), or an "
            + "answer that does not hold: wrong origin or challenge, expired or used challenge, no user "
            + "verification, bad signature, signature counter gone back (invalid-passkey-response)")
    public Uni<RestResponse<LoginView>> login(PasskeyCredentialJson credential, @Context HttpServerRequest request) {
        return auth.loginWithPasskey(credential, clientAddresses.of(request),
                        request.getHeader(HttpHeaders.USER_AGENT))
                .map(login -> RestResponse.ResponseBuilder.ok(login)
                        .header(HttpHeaders.SET_COOKIE, cookie.set(login.token(), tokens.lifetime()))
                        .header(HttpHeaders.CACHE_CONTROL, "no-store")
                        .build());
    }
}
