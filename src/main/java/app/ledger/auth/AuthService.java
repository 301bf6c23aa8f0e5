package app.ledger.auth;

import app.ledger.account.AccountService;
import app.ledger.auth.passkey.PasskeyCredentialJson;
import app.ledger.auth.passkey.PasskeyNotRecognisedException;
import app.ledger.auth.passkey.PasskeyService;
import app.ledger.auth.password.PasswordHasher;
import app.ledger.auth.session.Sessions;
import app.ledger.auth.throttle.LoginThrottle;
import app.ledger.auth.throttle.RegistrationThrottle;
import app.ledger.auth.totp.InvalidSecondFactorException;
import app.ledger.audit.AuditKind;
import app.ledger.audit.AuditOrigin;
import app.ledger.audit.AuditService;
import app.ledger.auth.totp.SecondFactorOutcome;
import app.ledger.auth.totp.SecondFactorRequiredException;
import app.ledger.auth.totp.TotpService;
import app.ledger.config.LedgerConfig;
import app.ledger.persistence.ConstraintViolations;
import app.ledger.problem.FieldErrors;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.time.temporal.ChronoUnit;

@ApplicationScoped
public class AuthService {

    private final UserRepository users;
    private final AccountService accounts;
    private final PasswordHasher hasher;
    private final TokenIssuer tokens;
    private final Sessions sessions;
    private final LoginThrottle throttle;
    private final RegistrationThrottle registrations;
    private final TotpService totp;
    private final PasskeyService passkeys;
    private final AuditService audit;
    private final boolean registrationOpen;
    private final boolean passwordLogin;

    public AuthService(UserRepository users, AccountService accounts, PasswordHasher hasher, TokenIssuer tokens,
            Sessions sessions, LoginThrottle throttle, RegistrationThrottle registrations, TotpService totp,
            PasskeyService passkeys, AuditService audit, LedgerConfig config) {
        this.totp = totp;
        this.passkeys = passkeys;
        this.audit = audit;
        this.users = users;
        this.accounts = accounts;
        this.hasher = hasher;
        this.tokens = tokens;
        this.sessions = sessions;
        this.throttle = throttle;
        this.registrations = registrations;
        this.registrationOpen = config.registration().mode() == LedgerConfig.Registration.Mode.OPEN;
        this.passwordLogin = config.oidc().passwordLogin();
    }

    /**
     * Creates the user and their first account. The password is hashed before the transaction starts so
     * that the database's write lock is never held during bcrypt. Every well-formed attempt that registration
     * being closed lets through counts towards the client address's hourly limit, taken usernames included.
     */
    public Uni<UserView> register(Registration registration, String clientAddress, boolean loggedIn) {
        if (!passwordLogin) {
            throw new PasswordLoginDisabledException();
        }
        Registration body = registration != null ? registration : new Registration(null, null, null, null);
        String username = CredentialRules.normaliseUsername(body.username());
        String password = body.password();
        FieldErrors errors = CredentialRules.checkRegistration(username, password);
        String timeZone = body.timeZone() == null ? UserPreferences.DEFAULT_TIME_ZONE
                : UserPreferences.timeZone(body.timeZone(), errors);
        String locale = body.locale() == null ? UserPreferences.DEFAULT_LOCALE
                : UserPreferences.locale(body.locale(), errors);
        errors.throwIfAny();
        return checkRegistrationAllowed(loggedIn)
                .invoke(() -> registrations.admit(clientAddress))
                .flatMap(allowed -> Panache.withSession(() -> users.findByUsername(username)))
                .flatMap(existing -> existing != null
                        ? Uni.createFrom().failure(new UsernameTakenException())
                        : hasher.hash(password))
                .flatMap(hash -> Panache.withTransaction(() -> insertUser(username, hash, timeZone, locale)))
                .onFailure(ConstraintViolations::isUniqueViolation)
                .transform(e -> new UsernameTakenException())
                .map(UserView::of);
    }

    /** Closed registration still lets the very first user in: otherwise a new installation could never start. */
    private Uni<Void> checkRegistrationAllowed(boolean loggedIn) {
        if (loggedIn) {
            return Uni.createFrom().voidItem();
        }
        return registrationOpen().flatMap(open -> open ? Uni.createFrom().voidItem()
                : Uni.createFrom().failure(new RegistrationClosedException()));
    }

    /** Whether someone who is not logged in may become a user now: registration is open, or nobody has yet. */
    public Uni<Boolean> registrationOpen() {
        if (registrationOpen) {
            return Uni.createFrom().item(true);
        }
        return Panache.withSession(() -> users.count()).map(count -> count == 0);
    }

    /**
     * Creates a user who has no password (one who signs in through an identity provider), with their first
     * account, under the first of these names (normalised) that is a valid username and free; failing that,
     * under one of them with a number added.
     */
    public Uni<UserView> registerWithoutPassword(List<String> wishedNames) {
        List<String> names = UsernameSuggestions.from(wishedNames);
        return Panache.withTransaction(() -> firstFree(names, 0)
                .flatMap(username -> insertUser(username, PasswordHasher.NO_PASSWORD,
                        UserPreferences.DEFAULT_TIME_ZONE, UserPreferences.DEFAULT_LOCALE)))
                .map(UserView::of);
    }

    private Uni<String> firstFree(List<String> names, int index) {
        if (index >= names.size()) {
            return Uni.createFrom().failure(new UsernameTakenException());
        }
        return users.findByUsername(names.get(index)).flatMap(existing -> existing == null
                ? Uni.createFrom().item(names.get(index))
                : firstFree(names, index + 1));
    }

    /** Whether the user can log in with a password (one who signed up through a provider may have none). */
    public Uni<Boolean> hasPassword(long userId) {
        return Panache.withSession(() -> users.findById(userId))
                .map(user -> user != null && PasswordHasher.isPassword(user.passwordHash));
    }

    /**
     * Opens a session for a user whom an identity provider has vouched for, exactly as a password login does
     * (session row, token, "login succeeded" event naming how). Two-step login is not asked for: the provider
     * is responsible for its own factors.
     */
    public Uni<LoginView> openSessionVouchedFor(long userId, String method, AuditOrigin origin) {
        return Panache.withSession(() -> users.findById(userId))
                .onItem().ifNull().failWith(io.quarkus.security.UnauthorizedException::new)
                .flatMap(user -> sessions.open(user.id, origin.userAgent(), origin.address())
                        .call(session -> audit.record(user.id, AuditKind.LOGIN_SUCCEEDED, origin, method))
                        .flatMap(session -> tokens.issue(user, session))
                        .map(issued -> new LoginView(issued.token(), "Bearer", issued.expiresAt(),
                                UserView.of(user))));
    }

    private Uni<User> insertUser(String username, String passwordHash, String timeZone, String locale) {
        User user = new User();
        user.username = username;
        user.passwordHash = passwordHash;
        user.timeZone = timeZone;
        user.locale = locale;
        user.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        return users.persist(user)
                .flatMap(saved -> accounts.openFirstAccount(saved.id).replaceWith(saved));
    }

    /**
     * Unknown user and wrong password take the same time and give the same answer. A correct password
     * opens a session (recording the client's user agent and address) and returns a token naming it.
     */
    public Uni<LoginView> login(Credentials credentials, String clientAddress, String userAgent) {
        if (!passwordLogin) {
            throw new PasswordLoginDisabledException();
        }
        String username = CredentialRules.normaliseUsername(credentials == null ? null : credentials.username());
        String password = credentials == null ? null : credentials.password();
        CredentialRules.checkLogin(username, password);
        throttle.checkAllowed(username, clientAddress);
        AuditOrigin origin = new AuditOrigin(clientAddress, userAgent);
        return Panache.withSession(() -> users.findByUsername(username))
                .flatMap(found -> verify(found, password).flatMap(user -> {
                    if (user == null) {
                        throttle.recordFailure(username, clientAddress);
                        if (found != null) {
                            // not waited for: a wrong password must take no longer than an unknown user
                            audit.recordInBackground(found.id, AuditKind.LOGIN_FAILED, origin, "wrong password");
                        }
                        return Uni.createFrom().failure(new InvalidCredentialsException());
                    }
                    return totp.checkAtLogin(user.id, credentials.totp(), credentials.recoveryCode())
                            .flatMap(outcome -> switch (outcome) {
                                case MISSING -> Uni.createFrom().failure(new SecondFactorRequiredException());
                                case REFUSED -> {
                                    throttle.recordFailure(username, clientAddress);
                                    yield audit.record(user.id, AuditKind.LOGIN_FAILED, origin, "wrong second factor")
                                            .flatMap(recorded -> Uni.createFrom().failure(
                                                    new InvalidSecondFactorException()));
                                }
                                default -> openSession(user, outcome, origin);
                            });
                }));
    }

    private Uni<LoginView> openSession(User user, SecondFactorOutcome outcome, AuditOrigin origin) {
        throttle.recordSuccess(user.username, origin.address());
        String method = switch (outcome) {
            case ACCEPTED_TOTP -> "password and authenticator code";
            case ACCEPTED_RECOVERY_CODE -> "password and recovery code";
            default -> "password";
        };
        Uni<Void> recoveryCodeUsed = outcome == SecondFactorOutcome.ACCEPTED_RECOVERY_CODE
                ? audit.record(user.id, AuditKind.RECOVERY_CODE_USED, origin, "to log in")
                : Uni.createFrom().voidItem();
        return recoveryCodeUsed.flatMap(recorded -> openSession(user, origin, method));
    }

    /** The one way a login ends, whatever proved who the user is: a session, its token, an audit event. */
    private Uni<LoginView> openSession(User user, AuditOrigin origin, String method) {
        return sessions.open(user.id, origin.userAgent(), origin.address())
                .call(session -> audit.record(user.id, AuditKind.LOGIN_SUCCEEDED, origin, method))
                .flatMap(session -> tokens.issue(user, session))
                .map(issued -> new LoginView(issued.token(), "Bearer", issued.expiresAt(), UserView.of(user)));
    }

    /**
     * Signs in with a passkey: no username, no password, and no TOTP code even with two-step login on, since
     * a passkey with user verification is two factors itself (the device, and the PIN or biometric that
     * unlocks it). Ends in the same session, token and "login succeeded" event as a password login.
     */
    public Uni<LoginView> loginWithPasskey(PasskeyCredentialJson credential, String clientAddress,
            String userAgent) {
        AuditOrigin origin = new AuditOrigin(clientAddress, userAgent);
        return passkeys.signIn(credential, origin)
                .flatMap(signedIn -> Panache.withSession(() -> users.findById(signedIn.userId()))
                        .onItem().ifNull().failWith(PasskeyNotRecognisedException::new)
                        .flatMap(user -> openSession(user, origin,
                                "passkey \"" + signedIn.passkeyName() + "\"")));
    }

    /** The user if the password is theirs, else null; a hash in an older format is replaced on the way. */
    private Uni<User> verify(User user, String password) {
        if (user == null) {
            return hasher.matchesNothing(password).map(ignored -> (User) null);
        }
        return hasher.matches(password, user.passwordHash).flatMap(matches -> {
            if (!matches) {
                return Uni.createFrom().nullItem();
            }
            return hasher.isCurrent(user.passwordHash) ? Uni.createFrom().item(user)
                    : rehash(user, password).replaceWith(user);
        });
    }

    /** Best effort: a failure leaves the old hash, which still verifies, and the login goes on. */
    private Uni<Void> rehash(User user, String password) {
        long id = user.id;
        return hasher.hash(password)
                .flatMap(hash -> Panache.withTransaction(
                        () -> users.update("passwordHash = ?1 where id = ?2", hash, id)))
                .replaceWithVoid()
                .onFailure().invoke(e -> Log.warnf("Password hash of user %d not upgraded: %s", id, e.toString()))
                .onFailure().recoverWithNull();
    }

    /** Ends the session: its token, wherever it was copied to, is refused from now on. */
    public Uni<Void> logout(long userId, String sessionId) {
        return sessions.end(userId, sessionId).replaceWithVoid();
    }

    @WithSession
    public Uni<UserView> me(long userId) {
        return users.findById(userId)
                .onItem().ifNull().failWith(io.quarkus.security.UnauthorizedException::new)
                .map(UserView::of);
    }

    /** Changes the time zone and the locale, each only when the request names it. */
    @WithTransaction
    public Uni<UserView> updatePreferences(long userId, PreferencesRequest request) {
        FieldErrors errors = new FieldErrors();
        String timeZone = request == null || request.timeZone() == null ? null
                : UserPreferences.timeZone(request.timeZone(), errors);
        String locale = request == null || request.locale() == null ? null
                : UserPreferences.locale(request.locale(), errors);
        errors.throwIfAny();
        return users.findById(userId)
                .onItem().ifNull().failWith(io.quarkus.security.UnauthorizedException::new)
                .invoke(user -> {
                    if (timeZone != null) {
                        user.timeZone = timeZone;
                    }
                    if (locale != null) {
                        user.locale = locale;
                    }
                })
                .map(UserView::of);
    }

    /**
     * The time zone of each of these users, by user id: what "today" is when they record an entry. Runs in
     * the caller's session (the ledger writer's transaction).
     */
    @WithSession
    public Uni<Map<Long, ZoneId>> timeZones(Collection<Long> userIds) {
        if (userIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return users.timeZones(userIds).map(rows -> {
            Map<Long, ZoneId> zones = new HashMap<>();
            rows.forEach((id, zone) -> zones.put(id, UserPreferences.zoneOf(zone)));
            return zones;
        });
    }
}
