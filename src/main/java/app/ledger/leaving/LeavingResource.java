package app.ledger.leaving;

import app.ledger.audit.AuditOrigin;
import app.ledger.auth.AuthCookie;
import app.ledger.auth.throttle.ClientAddresses;
import app.ledger.identity.CurrentUser;
import app.ledger.leaving.export.UserExport;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestMulti;
import org.jboss.resteasy.reactive.RestResponse;

/** Leaving with everything: the whole of a user's data as one file, and deleting the account. */
@Path("/me")
@Authenticated
@Tag(name = "Authentication")
@SecurityRequirement(name = "jwt")
public class LeavingResource {

    private final UserExport export;
    private final AccountDeletion deletion;
    private final CurrentUser currentUser;
    private final ClientAddresses clientAddresses;
    private final AuthCookie cookie;

    public LeavingResource(UserExport export, AccountDeletion deletion, CurrentUser currentUser,
            ClientAddresses clientAddresses, AuthCookie cookie) {
        this.export = export;
        this.deletion = deletion;
        this.currentUser = currentUser;
        this.clientAddresses = clientAddresses;
        this.cookie = cookie;
    }

    @GET
    @Path("/export")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Everything the user has, as one JSON document streamed as a file download",
            description = "Members: format, version, exportedAt, profile, accounts (with balances), entries (every "
                    + "entry of every account, with all its metadata, hash and links), entryChanges, categories, "
                    + "budgets, budgetAlerts, recurring, recurringOccurrences, rates (the user's own), "
                    + "importProfiles, imports (without their preview rows), sessions, secondFactor (on or off and "
                    + "the recovery codes left, never the secret) and auditEvents (the security history, this "
                    + "export last). The export is recorded in the security history.")
    @APIResponse(responseCode = "200", description = "The document, as an attachment")
    public RestMulti<Buffer> exportAll(@Context HttpServerRequest http) {
        long userId = currentUser.id();
        AuditOrigin origin = new AuditOrigin(clientAddresses.of(http), http.getHeader(HttpHeaders.USER_AGENT));
        return RestMulti.fromMultiData(export.document(userId, origin))
                .encodeAsJsonArray(false)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"ledger-export-"
                        + LocalDate.now(ZoneOffset.UTC) + ".json\"")
                .build();
    }

    @DELETE
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Delete the user and all their data, and end every session they have",
            description = "Body {password, totp?}: the password (a user without one, who signed up through an "
                    + "identity provider, sends none, and their session must be at most 10 minutes old) and, when "
                    + "two-step login is on, a current code "
                    + "from the authenticator app or one of the recovery codes (used up either way).")
    @APIResponse(responseCode = "204", description = "Deleted: nothing of the user remains")
    @APIResponse(responseCode = "400", description = "No password sent; nothing deleted")
    @APIResponse(responseCode = "403", description = "Wrong password (wrong-password), a user without a password "
            + "whose session was opened more than 10 minutes ago (recent-sign-in-required), two-step login on and no "
            + "code sent (code-required), or a wrong or used code (wrong-code); nothing deleted")
    @APIResponse(responseCode = "429", description = "Too many wrong passwords or codes; try again later")
    public Uni<RestResponse<Void>> deleteAccount(DeleteAccountRequest request, @Context HttpServerRequest http) {
        return deletion.delete(currentUser.id(), request, currentUser.signedInAt(), clientAddresses.of(http))
                .map(ignored -> RestResponse.ResponseBuilder.<Void>noContent()
                        .header(HttpHeaders.SET_COOKIE, cookie.clear())
                        .build());
    }
}
