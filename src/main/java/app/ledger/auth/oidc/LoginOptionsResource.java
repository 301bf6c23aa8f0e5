package app.ledger.auth.oidc;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** How one may log in here, for the login page: nothing secret. */
@Path("/auth/config")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Authentication")
public class LoginOptionsResource {

    private final OidcSettings settings;

    public LoginOptionsResource(OidcSettings settings) {
        this.settings = settings;
    }

    /** {@code provider} is null when sign-in through an identity provider is off. */
    public record LoginOptions(boolean passwordLogin, Provider provider) {
    }

    /** {@code login}: the address to open in the browser; {@code name}: for "Sign in with {name}". */
    public record Provider(String name, String login) {
    }

    @GET
    @Operation(summary = "Whether password login is on and which identity provider, if any, one may sign in with")
    public LoginOptions options() {
        return new LoginOptions(settings.passwordLogin(),
                settings.enabled() ? new Provider(settings.name(), LinkCookie.PATH + "/login") : null);
    }
}
