package app.ledger.auth;

import app.ledger.audit.AuditOrigin;
import app.ledger.auth.throttle.ClientAddresses;
import app.ledger.auth.totp.RecoveryCodesView;
import app.ledger.auth.totp.TotpService;
import app.ledger.auth.totp.TotpSetupView;
import app.ledger.auth.totp.TotpStatusView;
import app.ledger.identity.CurrentUser;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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

/** Two-step login with an authenticator app (TOTP): set up, confirm, turn off. */
@Path("/me/totp")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Account security")
@SecurityRequirement(name = "jwt")
public class TotpResource {

    private final AccountSecurityService security;
    private final TotpService totp;
    private final CurrentUser currentUser;
    private final ClientAddresses clientAddresses;

    public TotpResource(AccountSecurityService security, TotpService totp, CurrentUser currentUser,
            ClientAddresses clientAddresses) {
        this.security = security;
        this.totp = totp;
        this.currentUser = currentUser;
        this.clientAddresses = clientAddresses;
    }

    @GET
    @Operation(summary = "Whether two-step login is on or being set up, and how many recovery codes are left")
    public Uni<TotpStatusView> status() {
        return totp.status(currentUser.id());
    }

    @POST
    @Operation(summary = "Start setting up an authenticator: a new secret, pending until confirmed with a code")
    @APIResponse(responseCode = "200", description = "The secret (base32) and the otpauth URI for a QR code")
    @APIResponse(responseCode = "409", description = "Two-step login is already on")
    public Uni<RestResponse<TotpSetupView>> begin() {
        return security.beginTotp(currentUser.id()).map(TotpResource::noStore);
    }

    @POST
    @Path("/confirm")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Turn two-step login on with a code from the new authenticator")
    @APIResponse(responseCode = "200", description = "On; the 10 single-use recovery codes, shown this once")
    @APIResponse(responseCode = "403", description = "Wrong code")
    @APIResponse(responseCode = "409", description = "Nothing being set up, or already on")
    @APIResponse(responseCode = "429", description = "Too many wrong codes or passwords; see Retry-After")
    public Uni<RestResponse<RecoveryCodesView>> confirm(TotpConfirmation confirmation,
            @Context HttpServerRequest request) {
        return security.confirmTotp(currentUser.id(), confirmation, origin(request))
                .map(TotpResource::noStore);
    }

    @DELETE
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Turn two-step login off, with the password and a current code (or a recovery code); "
            + "a user without a password (hasPassword false) sends only the code, from a session opened within the "
            + "last 10 minutes")
    @APIResponse(responseCode = "204", description = "Off; the recovery codes are void")
    @APIResponse(responseCode = "403", description = "Wrong password (wrong-password) or wrong code (wrong-code), or "
            + "a user without a password signed in more than 10 minutes ago (recent-sign-in-required); nothing "
            + "changed")
    @APIResponse(responseCode = "409", description = "Two-step login is not on")
    @APIResponse(responseCode = "429", description = "Too many wrong codes or passwords; see Retry-After")
    public Uni<RestResponse<Void>> disable(TotpDisabling disabling, @Context HttpServerRequest request) {
        return security.disableTotp(currentUser.id(), currentUser.signedInAt(), disabling, origin(request))
                .map(ignored -> RestResponse.noContent());
    }

    private AuditOrigin origin(HttpServerRequest request) {
        return new AuditOrigin(clientAddresses.of(request), request.getHeader(HttpHeaders.USER_AGENT));
    }

    /** Secrets and recovery codes must not stay in any cache. */
    private static <T> RestResponse<T> noStore(T body) {
        return RestResponse.ResponseBuilder.ok(body).header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }
}
