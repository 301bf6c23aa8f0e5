package app.ledger.auth;

import app.ledger.auth.password.PasswordHasher;
import app.ledger.auth.throttle.LoginThrottle;
import app.ledger.problem.FieldErrors;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.security.UnauthorizedException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * A logged-in user proves it is really them before a sensitive change (a new password, two-step login off,
 * deleting the account) by typing their password again. A stolen session must not turn into unlimited
 * guesses, so attempts are throttled exactly like logins (same counters, per username and client address);
 * bcrypt runs on the hashing pool.
 *
 * <p>A right password does not clear the failures counted before it, as a right login does: the request may
 * go on to ask for a code, and wrong codes must keep adding up with the wrong passwords. Failures fade as
 * the throttle's window passes.
 */
@ApplicationScoped
public class PasswordConfirmation {

    /** How recent the sign-in of a user without a password must be for a sensitive change. */
    public static final Duration RECENT_SIGN_IN = Duration.ofMinutes(10);

    private final UserRepository users;
    private final PasswordHasher hasher;
    private final LoginThrottle throttle;

    public PasswordConfirmation(UserRepository users, PasswordHasher hasher, LoginThrottle throttle) {
        this.users = users;
        this.hasher = hasher;
        this.throttle = throttle;
    }

    /** Completes with the user when {@code password} is theirs; fails with 400, 403 or 429 otherwise. */
    public Uni<User> confirm(long userId, String password, String clientAddress) {
        FieldErrors errors = new FieldErrors();
        CredentialRules.checkPasswordGiven(errors, "password", password);
        errors.throwIfAny();
        return Panache.withSession(() -> users.findById(userId))
                .onItem().ifNull().failWith(UnauthorizedException::new)
                .flatMap(user -> confirm(user, password, clientAddress));
    }

    /**
     * As {@link #confirm(long, String, String)}, except for a user without a password (one who signed up through
     * an identity provider): nothing to type, so their session must have been opened within
     * {@link #RECENT_SIGN_IN}, which takes signing in again through the provider or with a passkey.
     */
    public Uni<User> confirmOrSignedInRecently(long userId, String password, Instant signedInAt,
            String clientAddress) {
        return confirmOrSignedInRecently(userId, password, signedInAt, clientAddress, others -> { });
    }

    /**
     * As {@link #confirmOrSignedInRecently(long, String, Instant, String)}, with {@code checkOthers} adding the
     * mistakes in the request's other fields, so that they are told at once with a missing password.
     */
    public Uni<User> confirmOrSignedInRecently(long userId, String password, Instant signedInAt,
            String clientAddress, Consumer<FieldErrors> checkOthers) {
        return Panache.withSession(() -> users.findById(userId))
                .onItem().ifNull().failWith(UnauthorizedException::new)
                .flatMap(user -> {
                    boolean hasPassword = PasswordHasher.isPassword(user.passwordHash);
                    FieldErrors errors = new FieldErrors();
                    if (hasPassword) {
                        CredentialRules.checkPasswordGiven(errors, "password", password);
                    }
                    checkOthers.accept(errors);
                    errors.throwIfAny();
                    return hasPassword ? confirm(user, password, clientAddress) : signedInRecently(user, signedInAt);
                });
    }

    /** Completes with the user when the session asking was opened within {@link #RECENT_SIGN_IN}; 403 otherwise. */
    Uni<User> signedInRecently(User user, Instant signedInAt) {
        if (signedInAt == null || signedInAt.isBefore(Instant.now().minus(RECENT_SIGN_IN))) {
            return Uni.createFrom().failure(new RecentSignInRequiredException(RECENT_SIGN_IN));
        }
        return Uni.createFrom().item(user);
    }

    /**
     * As {@link #confirm(long, String, String)} for a user already read, whose request was checked for a
     * password (with the other fields, so that all mistakes are told at once).
     */
    Uni<User> confirm(User user, String password, String clientAddress) {
        throttle.checkAllowed(user.username, clientAddress);
        return hasher.matches(password, user.passwordHash).flatMap(matches -> {
            if (!matches) {
                throttle.recordFailure(user.username, clientAddress);
                return Uni.createFrom().failure(new WrongPasswordException());
            }
            return Uni.createFrom().item(user);
        });
    }
}
