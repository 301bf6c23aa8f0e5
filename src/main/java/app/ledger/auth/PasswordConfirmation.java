package app.ledger.auth;

import app.ledger.auth.password.PasswordHasher;
import app.ledger.auth.throttle.LoginThrottle;
import app.ledger.problem.InvalidInputException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.security.UnauthorizedException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * A logged-in user proves it is really them before a sensitive change by typing their password again. A
 * stolen session must not turn into unlimited guesses, so attempts are throttled exactly like logins (same
 * counters, per username and client address); bcrypt runs on the hashing pool.
 */
@ApplicationScoped
public class PasswordConfirmation {

    private final UserRepository users;
    private final PasswordHasher hasher;
    private final LoginThrottle throttle;

    public PasswordConfirmation(UserRepository users, PasswordHasher hasher, LoginThrottle throttle) {
        this.users = users;
        this.hasher = hasher;
        this.throttle = throttle;
    }

    /** Completes when the password is the user's; fails with 400, 403 or 429 otherwise. */
    public Uni<Void> confirm(long userId, String password, String clientAddress) {
        if (password == null || password.isEmpty()) {
            return Uni.createFrom().failure(new InvalidInputException("password", "Enter your password."));
        }
        return Panache.withSession(() -> users.findById(userId))
                .onItem().ifNull().failWith(UnauthorizedException::new)
                .flatMap(user -> {
                    throttle.checkAllowed(user.username, clientAddress);
                    return hasher.matches(password, user.passwordHash).flatMap(matches -> {
                        if (!matches) {
                            throttle.recordFailure(user.username, clientAddress);
                            return Uni.createFrom().failure(new WrongPasswordException());
                        }
                        throttle.recordSuccess(user.username, clientAddress);
                        return Uni.createFrom().voidItem();
                    });
                });
    }
}
