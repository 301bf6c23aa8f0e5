package app.ledger.auth;

import app.ledger.config.LedgerConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;

/**
 * The session cookie: HttpOnly so scripts cannot read it, SameSite=Strict so other sites cannot send it
 * (pages on other ports or subdomains of the same site still can: the web layer checks Origin). Its name
 * comes from {@link AuthCookieName}, {@code __Host-} prefixed when it is Secure.
 */
@ApplicationScoped
public class AuthCookie {

    private final String name;
    private final boolean secure;

    public AuthCookie(LedgerConfig config) {
        this.name = AuthCookieName.of(config.auth().cookieName(), config.auth().cookieSecure());
        this.secure = config.auth().cookieSecure();
    }

    public String set(String token, Duration lifetime) {
        return name + "=" + token + "; Path=/; Max-Age=" + lifetime.toSeconds() + attributes();
    }

    public String clear() {
        return name + "=; Path=/; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT" + attributes();
    }

    private String attributes() {
        return "; HttpOnly; SameSite=Strict" + (secure ? "; Secure" : "");
    }
}
