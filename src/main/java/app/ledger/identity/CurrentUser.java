package app.ledger.identity;

import io.quarkus.security.UnauthorizedException;
import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The user behind the current request, read from the verified token ({@code sub} is the user id). */
@RequestScoped
public class CurrentUser {

    private final JsonWebToken token;

    public CurrentUser(JsonWebToken token) {
        this.token = token;
    }

    public long id() {
        try {
            return Long.parseLong(token.getSubject());
        } catch (RuntimeException notAUserToken) {
            throw new UnauthorizedException();
        }
    }

    public JsonWebToken token() {
        return token;
    }
}
