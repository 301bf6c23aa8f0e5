package app.ledger.auth;

import app.ledger.auth.password.PasswordHasher;
import java.time.Instant;

/** A user as the API shows them; {@code hasPassword} is false for a user made by an identity provider. */
public record UserView(long id, String username, Instant createdAt, String timeZone, String locale,
        boolean hasPassword) {

    static UserView of(User user) {
        return new UserView(user.id, user.username, user.createdAt, user.timeZone, user.locale,
                PasswordHasher.isPassword(user.passwordHash));
    }
}
