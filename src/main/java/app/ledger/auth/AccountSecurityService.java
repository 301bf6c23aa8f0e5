package app.ledger.auth;

import app.ledger.audit.AuditKind;
import app.ledger.audit.AuditOrigin;
import app.ledger.audit.AuditService;
import app.ledger.auth.password.PasswordHasher;
import app.ledger.auth.session.Sessions;
import app.ledger.auth.totp.RecoveryCodesView;
import app.ledger.auth.totp.TotpService;
import app.ledger.auth.totp.TotpSetupView;
import app.ledger.problem.FieldErrors;
import app.ledger.problem.InvalidInputException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.security.UnauthorizedException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Changes a logged-in user makes to how they log in: the password and two-step login. Each is confirmed
 * with what the change protects (the password, a code), throttled as logins are, and recorded in the
 * user's security history.
 */
@ApplicationScoped
public class AccountSecurityService {

    private final UserRepository users;
    private final PasswordHasher hasher;
    private final Sessions sessions;
    private final PasswordConfirmation passwords;
    private final TotpService totp;
    private final AuditService audit;

    public AccountSecurityService(UserRepository users, PasswordHasher hasher, Sessions sessions,
            PasswordConfirmation passwords, TotpService totp, AuditService audit) {
        this.users = users;
        this.hasher = hasher;
        this.sessions = sessions;
        this.passwords = passwords;
        this.totp = totp;
        this.audit = audit;
    }

    /**
     * Replaces the password after checking the current one (throttled as a login is: it is as good a
     * guessing oracle), then ends every session of the user but the one that asked.
     */
    public Uni<Void> changePassword(long userId, String sessionId, Instant signedInAt, PasswordChange change,
            AuditOrigin origin) {
        String current = change == null ? null : change.currentPassword();
        String next = change == null ? null : change.newPassword();
        AtomicBoolean first = new AtomicBoolean();
        return user(userId)
                .flatMap(user -> {
                    // a user made by an identity provider has no current password to type: their first one is
                    // set from a session opened within the last minutes, as deleting such an account is
                    first.set(!PasswordHasher.isPassword(user.passwordHash));
                    FieldErrors errors = new FieldErrors();
                    if (!first.get()) {
                        CredentialRules.checkPasswordGiven(errors, "currentPassword", current);
                    }
                    CredentialRules.checkNewPassword(errors, "newPassword", user.username, next);
                    errors.throwIfAny();
                    return first.get() ? passwords.signedInRecently(user, signedInAt)
                            : passwords.confirm(user, current, origin.address());
                })
                .flatMap(user -> hasher.hash(next))
                .flatMap(hash -> Panache.withTransaction(
                        () -> users.update("passwordHash = ?1 where id = ?2", hash, userId)))
                .flatMap(updated -> sessions.endAllBut(userId, sessionId))
                .flatMap(ended -> audit.record(userId, AuditKind.PASSWORD_CHANGED, origin,
                        (first.get() ? "first password set, " : "") + ended.size()
                                + (ended.size() == 1 ? " other session ended" : " other sessions ended")));
    }

    /** Starts setting up TOTP for the user. */
    public Uni<TotpSetupView> beginTotp(long userId) {
        return user(userId).flatMap(user -> totp.begin(userId, user.username));
    }

    public Uni<RecoveryCodesView> confirmTotp(long userId, TotpConfirmation confirmation, AuditOrigin origin) {
        String code = confirmation == null ? null : confirmation.code();
        if (code == null || code.isBlank()) {
            throw new InvalidInputException("code", "Enter the code your authenticator app shows.");
        }
        return user(userId)
                .flatMap(user -> totp.confirm(userId, user.username, code, origin.address()))
                .call(codes -> audit.record(userId, AuditKind.SECOND_FACTOR_ON, origin, "authenticator app"));
    }

    /**
     * Turns TOTP off once a current code (or a recovery code) and the password prove it is the user; a user
     * without a password (made by an identity provider) has nothing to type there, so their session must have
     * been opened within {@link PasswordConfirmation#RECENT_SIGN_IN} instead, as for their other sensitive changes.
     */
    public Uni<Void> disableTotp(long userId, Instant signedInAt, TotpDisabling disabling, AuditOrigin origin) {
        String password = disabling == null ? null : disabling.password();
        String code = disabling == null ? null : disabling.code();
        return passwords.confirmOrSignedInRecently(userId, password, signedInAt, origin.address(), errors -> {
                    if (code == null || code.isBlank()) {
                        errors.add("code", "Enter the code your authenticator app shows, or a recovery code.");
                    }
                })
                .flatMap(user -> totp.disable(userId, user.username, code, origin.address()))
                .flatMap(usedRecoveryCode -> (usedRecoveryCode
                        ? audit.record(userId, AuditKind.RECOVERY_CODE_USED, origin, "to turn two-step login off")
                        : Uni.createFrom().voidItem())
                        .flatMap(recorded -> audit.record(userId, AuditKind.SECOND_FACTOR_OFF, origin,
                                usedRecoveryCode ? "confirmed with a recovery code" : "confirmed with a code")));
    }

    private Uni<User> user(long userId) {
        return Panache.withSession(() -> users.findById(userId)).onItem().ifNull().failWith(UnauthorizedException::new);
    }
}
