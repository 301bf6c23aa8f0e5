package app.ledger.auth;

import java.time.Instant;

public record UserView(long id, String username, Instant createdAt, String timeZone, String locale) {

    static UserView of(User user) {
        return new UserView(user.id, user.username, user.createdAt, user.timeZone, user.locale);
    }
}
