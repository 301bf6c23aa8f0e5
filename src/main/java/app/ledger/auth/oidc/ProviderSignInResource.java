package app.ledger.auth.oidc;

import app.ledger.audit.AuditOrigin;
import app.ledger.auth.AuthCookie;
import app.ledger.auth.TokenIssuer;
import app.ledger.auth.throttle.ClientAddresses;
import io.quarkus.oidc.OidcSession;
import io.quarkus.security.Authenticated;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.json.JsonString;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestCookie;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Sign-in through the identity provider (quarkus-oidc, authorization code flow). The first visit sends the
 * browser to the provider; it comes back here with a code, which quarkus-oidc exchanges and checks (state,
 * nonce, PKCE), and then this method runs. It opens a session of ours as a password login does, or links the
 * account when a logged-in user started a link, ends quarkus-oidc's own session (its cookie must never be a
 * second way into the API) and sends the browser on into the app.
 */
@Path("/auth/oidc")
@Tag(name = "Authentication")
public class ProviderSignInResource {

    private final ProviderSignIn signIn;
    private final LinkIntents intents;
    private final LinkCookie linkCookie;
    private final AuthCookie cookie;
    private final TokenIssuer tokens;
    private final ClientAddresses clientAddresses;
    private final OidcSession oidcSession;

    public ProviderSignInResource(ProviderSignIn signIn, LinkIntents intents, LinkCookie linkCookie,
            AuthCookie cookie, TokenIssuer tokens, ClientAddresses clientAddresses, OidcSession oidcSession) {
        this.signIn = signIn;
        this.intents = intents;
        this.linkCookie = linkCookie;
        this.cookie = cookie;
        this.tokens = tokens;
        this.clientAddresses = clientAddresses;
        this.oidcSession = oidcSession;
    }

    @GET
    @Path("/login")
    @Authenticated
    @Operation(summary = "Sign in through the identity provider (open in the browser, not with fetch): redirects "
            + "to the provider and, on the way back, to the app with the session cookie set")
    @APIResponse(responseCode = "302", description = "To the provider, or back here with the code")
    @APIResponse(responseCode = "303", description = "Into the app: /, the Security page after a link, or "
            + "/login?signin-error=… (no-account, linked-elsewhere, already-linked, link-expired)")
    @APIResponse(responseCode = "404", description = "Sign-in through an identity provider is off")
    public Uni<RestResponse<Void>> signIn(@Context HttpServerRequest request, @RestCookie("ledger_oidc_link")
            String plainLinkHandle, @RestCookie("__Secure-ledger_oidc_link") String secureLinkHandle) {
        JsonWebToken idToken = oidcSession.getIdToken();
        ProviderIdentity identity = new ProviderIdentity(idToken.getIssuer(), idToken.getSubject(),
                text(idToken, "email"), text(idToken, "preferred_username"));
        AuditOrigin origin = new AuditOrigin(clientAddresses.of(request), request.getHeader(HttpHeaders.USER_AGENT));
        String handle = linkCookie.name().startsWith("__Secure-") ? secureLinkHandle : plainLinkHandle;
        boolean linking = handle != null && !handle.isEmpty();
        Uni<SignInOutcome> outcome = !linking ? signIn.signIn(identity, origin)
                : intents.take(handle).map(intent -> signIn.link(intent, identity, origin))
                        .orElseGet(() -> Uni.createFrom().item(new SignInOutcome.Refused("link-expired", null)));
        return oidcSession.logout().flatMap(ended -> outcome).map(result -> {
            // a Location header of our own: a URI given to seeOther would be resolved against /api
            RestResponse.ResponseBuilder<Void> response = RestResponse.ResponseBuilder.<Void>create(
                    RestResponse.Status.SEE_OTHER).header(HttpHeaders.LOCATION, location(result))
                    .header(HttpHeaders.CACHE_CONTROL, "no-store");
            if (linking) {
                response.header(HttpHeaders.SET_COOKIE, linkCookie.clear());
            }
            if (result instanceof SignInOutcome.SignedIn signedIn) {
                response.header(HttpHeaders.SET_COOKIE, cookie.set(signedIn.login().token(), tokens.lifetime()));
            }
            return response.build();
        });
    }

    private static String location(SignInOutcome outcome) {
        if (outcome instanceof SignInOutcome.Linked linked) {
            return "/u/" + linked.username() + "/security?linked=1";
        }
        if (outcome instanceof SignInOutcome.Refused refused) {
            return refused.username() != null
                    ? "/u/" + refused.username() + "/security?link-error=" + encode(refused.reason())
                    : "/login?signin-error=" + encode(refused.reason());
        }
        return "/";
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String text(JsonWebToken token, String claim) {
        Object value = token.getClaim(claim);
        String text = value instanceof JsonString json ? json.getString() : value instanceof String s ? s : null;
        return text == null || text.isBlank() ? null : text.strip();
    }
}
