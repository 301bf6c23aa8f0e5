package app.ledger.auth.totp;

import app.ledger.auth.throttle.LoginThrottle;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.OptionalLong;

/**
 * A user's TOTP second factor: set up (pending), confirmed with a first code (then on, with recovery codes),
 * checked at login, turned off. Wrong codes count towards the login throttle of the username and address,
 * as wrong passwords do.
 */
@ApplicationScoped
public class TotpService {

    static final String ISSUER = "Ledger";
    private static final int SECRET_BYTES = 20;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final TotpRepository totps;
    private final RecoveryCodeRepository recoveryCodes;
    private final TotpSecretBox box;
    private final TotpClock clock;
    private final LoginThrottle throttle;

    public TotpService(TotpRepository totps, RecoveryCodeRepository recoveryCodes, TotpSecretBox box,
            TotpClock clock, LoginThrottle throttle) {
        this.totps = totps;
        this.recoveryCodes = recoveryCodes;
        this.box = box;
        this.clock = clock;
        this.throttle = throttle;
    }

    /** A new secret, pending until {@link #confirm}; starting again replaces a pending one. */
    public Uni<TotpSetupView> begin(long userId, String username) {
        byte[] secret = new byte[SECRET_BYTES];
        RANDOM.nextBytes(secret);
        Instant now = clock.now().truncatedTo(ChronoUnit.MICROS);
        return Panache.withTransaction(() -> totps.findById(userId).flatMap(existing -> {
            if (existing != null && existing.enabled()) {
                return Uni.createFrom().failure(new SecondFactorAlreadyOnException());
            }
            TotpCredential credential = existing != null ? existing : new TotpCredential();
            credential.userId = userId;
            credential.secret = box.seal(userId, secret);
            credential.createdAt = now;
            credential.lastUsedStep = 0;
            return existing != null ? Uni.createFrom().item(credential) : totps.persist(credential);
        })).map(saved -> {
            String base32 = Base32.encode(secret);
            return new TotpSetupView(base32, otpauthUri(username, base32));
        });
    }

    static String otpauthUri(String username, String base32Secret) {
        String label = URLEncoder.encode(ISSUER + ":" + username, StandardCharsets.UTF_8).replace("+", "%20");
        return "otpauth://totp/" + label + "?secret=" + base32Secret + "&issuer=" + ISSUER
                + "&algorithm=SHA1&digits=" + Totp.DIGITS + "&period=" + Totp.STEP_SECONDS;
    }

    /** Turns the pending secret on with a code from it; answers the recovery codes, which are not kept. */
    public Uni<RecoveryCodesView> confirm(long userId, String username, String code, String address) {
        throttle.checkAllowed(username, address);
        Instant now = clock.now();
        List<String> codes = RecoveryCodes.generate();
        return Panache.withTransaction(() -> totps.findById(userId).flatMap(credential -> {
            if (credential == null) {
                return Uni.createFrom().failure(new NoSecondFactorPendingException());
            }
            if (credential.enabled()) {
                return Uni.createFrom().failure(new SecondFactorAlreadyOnException());
            }
            OptionalLong step = matchingStep(credential, code, now);
            if (step.isEmpty()) {
                throttle.recordFailure(username, address);
                return Uni.createFrom().failure(new WrongCodeException());
            }
            credential.enabledAt = now.truncatedTo(ChronoUnit.MICROS);
            credential.lastUsedStep = step.getAsLong();
            return recoveryCodes.delete("userId", userId)
                    .flatMap(deleted -> recoveryCodes.persist(codes.stream().map(plain -> {
                        RecoveryCode row = new RecoveryCode();
                        row.userId = userId;
                        row.codeHash = RecoveryCodes.hash(plain);
                        return row;
                    })));
        })).replaceWith(new RecoveryCodesView(codes));
    }

    /**
     * Checks the second factor of a login whose password was right: a TOTP code when one is given, else a
     * recovery code. An accepted code is used up in the same step, so that it cannot be accepted twice.
     */
    public Uni<SecondFactorOutcome> checkAtLogin(long userId, String totp, String recoveryCode) {
        return Panache.withTransaction(() -> totps.findById(userId).flatMap(credential -> {
            if (credential == null || !credential.enabled()) {
                return Uni.createFrom().item(SecondFactorOutcome.NOT_ENABLED);
            }
            if (isBlank(totp) && isBlank(recoveryCode)) {
                return Uni.createFrom().item(SecondFactorOutcome.MISSING);
            }
            if (!isBlank(totp)) {
                return useTotp(credential, totp)
                        .map(used -> used ? SecondFactorOutcome.ACCEPTED_TOTP : SecondFactorOutcome.REFUSED);
            }
            return useRecoveryCode(userId, recoveryCode).map(used -> used
                    ? SecondFactorOutcome.ACCEPTED_RECOVERY_CODE : SecondFactorOutcome.REFUSED);
        }));
    }

    /**
     * Turns the second factor off, given a current code or a recovery code (the way out when the
     * authenticator is lost). The caller has checked the password. Answers whether a recovery code was used.
     */
    public Uni<Boolean> disable(long userId, String username, String code, String address) {
        throttle.checkAllowed(username, address);
        return Panache.withTransaction(() -> totps.findById(userId).flatMap(credential -> {
            if (credential == null || !credential.enabled()) {
                return Uni.createFrom().failure(new SecondFactorNotOnException());
            }
            return useEitherCode(credential, code).flatMap(outcome -> {
                if (outcome == SecondFactorOutcome.REFUSED) {
                    throttle.recordFailure(username, address);
                    return Uni.createFrom().failure(new WrongCodeException());
                }
                return recoveryCodes.delete("userId", userId)
                        .flatMap(deleted -> totps.deleteById(userId))
                        .replaceWith(outcome == SecondFactorOutcome.ACCEPTED_RECOVERY_CODE);
            });
        }));
    }

    /**
     * Checks the second factor that confirms a sensitive request of a logged-in user whose password was
     * right (deleting the account): with two-step login on, {@code code} must be a current code or an unused
     * recovery code, and is used up as at login. Wrong codes count towards the login throttle.
     */
    public Uni<SecondFactorOutcome> confirmRequest(long userId, String username, String code, String address) {
        throttle.checkAllowed(username, address);
        return Panache.withTransaction(() -> totps.findById(userId).flatMap(credential -> {
            if (credential == null || !credential.enabled()) {
                return Uni.createFrom().item(SecondFactorOutcome.NOT_ENABLED);
            }
            return isBlank(code) ? Uni.createFrom().item(SecondFactorOutcome.MISSING)
                    : useEitherCode(credential, code);
        })).invoke(outcome -> {
            if (outcome == SecondFactorOutcome.REFUSED) {
                throttle.recordFailure(username, address);
            }
        });
    }

    public Uni<TotpStatusView> status(long userId) {
        return Panache.withSession(() -> totps.findById(userId).flatMap(credential -> {
            if (credential == null || !credential.enabled()) {
                return Uni.createFrom().item(new TotpStatusView(false, credential != null, 0));
            }
            return recoveryCodes.remaining(userId).map(left -> new TotpStatusView(true, false, left));
        }));
    }

    /** One field that takes either: a recovery code is longer than a code from the authenticator. */
    private Uni<SecondFactorOutcome> useEitherCode(TotpCredential credential, String code) {
        if (code != null && code.strip().length() > Totp.DIGITS) {
            return useRecoveryCode(credential.userId, code).map(used -> used
                    ? SecondFactorOutcome.ACCEPTED_RECOVERY_CODE : SecondFactorOutcome.REFUSED);
        }
        return useTotp(credential, code)
                .map(used -> used ? SecondFactorOutcome.ACCEPTED_TOTP : SecondFactorOutcome.REFUSED);
    }

    private Uni<Boolean> useTotp(TotpCredential credential, String code) {
        OptionalLong step = matchingStep(credential, code, clock.now());
        if (step.isEmpty()) {
            return Uni.createFrom().item(false);
        }
        return totps.useStep(credential.userId, step.getAsLong());
    }

    private Uni<Boolean> useRecoveryCode(long userId, String code) {
        String hash = RecoveryCodes.hash(code);
        if (hash == null) {
            return Uni.createFrom().item(false);
        }
        return recoveryCodes.use(userId, hash, clock.now().truncatedTo(ChronoUnit.MICROS));
    }

    private OptionalLong matchingStep(TotpCredential credential, String code, Instant now) {
        byte[] secret = box.open(credential.userId, credential.secret);
        return secret == null ? OptionalLong.empty()
                : Totp.matchingStep(secret, code == null ? null : code.strip(), now, credential.lastUsedStep);
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
