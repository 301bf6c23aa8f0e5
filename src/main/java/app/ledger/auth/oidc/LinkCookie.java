package app.ledger.auth.oidc;

import app.ledger.config.LedgerConfig;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The handle of a pending link ({@link LinkIntents}), sent only to the sign-in routes. SameSite=Lax, not
 * Strict: it must come along when the provider sends the browser back, a navigation another site started.
 */
@ApplicationScoped
public class LinkCookie {

    static final String PATH = "/api/auth/oidc";
    private static final String NAME = "ledger_oidc_link";

    private final String name;
    private final boolean secure;

    public LinkCookie(LedgerConfig config) {
        this.secure = config.auth().cookieSecure();
        this.name = secure ? "__Secure-" + NAME : NAME;
    }

    String name() {
        return name;
    }

    String set(String handle) {
        return name + "=" + handle + "; Path=" + PATH + "; Max-Age=" + LinkIntents.LIFETIME.toSeconds() + attributes();
    }

    String clear() {
        return name + "=; Path=" + PATH + "; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT" + attributes();
    }

    private String attributes() {
        return "; HttpOnly; SameSite=Lax" + (secure ? "; Secure" : "");
    }
}
