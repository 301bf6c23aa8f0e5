package app.ledger.auth;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The session cookie: HttpOnly so scripts cannot read it, SameSite=Strict so other sites cannot send it. */
@ApplicationScoped
public class AuthCookie {

    private final String name;
    private final boolean secure;

    public AuthCookie(@ConfigProperty(name = "ledger.auth.cookie-name") String name,
            @ConfigProperty(name = "ledger.auth.cookie-secure") boolean secure) {
        this.name = name;
        this.secure = secure;
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
