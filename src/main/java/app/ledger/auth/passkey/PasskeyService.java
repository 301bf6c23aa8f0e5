package app.ledger.auth.passkey;

import app.ledger.audit.AuditKind;
import app.ledger.audit.AuditOrigin;
import app.ledger.audit.AuditService;
import app.ledger.config.LedgerConfig;
import app.ledger.persistence.ConstraintViolations;
import app.ledger.support.Periodic;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A user's passkeys: adding one (from a login), listing, renaming and removing them, and signing in with
 * one. Verification is {@link PasskeyCeremonies}' (webauthn4j); challenges are {@link PasskeyChallenges}'.
 * A challenge answered successfully is recorded in the same transaction as what it allowed, so that of two
 * uses of one answer (a replay, or a race) one is refused.
 */
@ApplicationScoped
public class PasskeyService {

    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();
    private static final String PUBLIC_KEY = "public-key";

    private final PasskeyRepository passkeys;
    private final UsedChallengeRepository usedChallenges;
    private final PasskeyChallenges challenges;
    private final AuditService audit;
    private final Vertx vertx;
    private final LedgerConfig.Passkeys config;
    private final PasskeyCeremonies registration;
    private final PasskeyCeremonies signIn;
    private final boolean postgres;

    public PasskeyService(PasskeyRepository passkeys, UsedChallengeRepository usedChallenges,
            PasskeyChallenges challenges, AuditService audit, Vertx vertx, LedgerConfig config,
            @ConfigProperty(name = "quarkus.datasource.db-kind") String dbKind) {
        this.passkeys = passkeys;
        this.usedChallenges = usedChallenges;
        this.challenges = challenges;
        this.audit = audit;
        this.vertx = vertx;
        this.config = config.passkeys();
        this.registration = new PasskeyCeremonies(this.config.origins(), this.config.rpId(), 400);
        this.signIn = new PasskeyCeremonies(this.config.origins(), this.config.rpId(), 401);
        this.postgres = "postgresql".equals(dbKind);
    }

    void schedule(@Observes StartupEvent event) {
        Periodic.every(vertx, challenges.lifetime(), "forget answered passkey challenges",
                () -> Panache.withTransaction(() -> usedChallenges.removeExpired(Instant.now())));
    }

    /** What the browser needs to create a passkey for this user; the passkeys they have are excluded. */
    public Uni<PasskeyOptions.Creation> registrationOptions(long userId, String username) {
        byte[] challenge = challenges.issue(PasskeyChallenges.Purpose.REGISTRATION, userId);
        return Panache.withSession(() -> passkeys.ofUser(userId)).map(existing -> new PasskeyOptions.Creation(
                new PasskeyOptions.RelyingParty(config.rpId(), config.rpName()),
                new PasskeyOptions.UserEntity(BASE64URL.encodeToString(userHandle(userId)), username, username),
                BASE64URL.encodeToString(challenge),
                PasskeyCeremonies.ALGORITHMS.stream()
                        .map(alg -> new PasskeyOptions.Parameter(PUBLIC_KEY, alg.getValue())).toList(),
                challenges.lifetime().toMillis(),
                existing.stream().map(PasskeyService::descriptor).toList(),
                new PasskeyOptions.Selection("required", true, "required"),
                "none"));
    }

    /** What the browser needs to sign in with any passkey of this service (no username asked). */
    public PasskeyOptions.Request signInOptions() {
        byte[] challenge = challenges.issue(PasskeyChallenges.Purpose.SIGN_IN, 0);
        return new PasskeyOptions.Request(BASE64URL.encodeToString(challenge), challenges.lifetime().toMillis(),
                config.rpId(), List.of(), "required");
    }

    /**
     * Adds the passkey the browser created for the registration options of this user. The count is checked
     * under the user's row lock on PostgreSQL (SQLite has one writer).
     */
    public Uni<PasskeyView> register(long userId, PasskeyRegistration request, AuditOrigin origin) {
        String name = PasskeyNames.check(request == null ? null : request.name());
        PasskeyCeremonies.Attestation attestation = registration.parseAttestation(request.credential());
        PasskeyChallenges.Issued issued = challenges.open(attestation.challenge(),
                        PasskeyChallenges.Purpose.REGISTRATION, userId)
                .orElseThrow(() -> new InvalidPasskeyResponseException(400, "The passkey answered a challenge "
                        + "that is not this account's, or that expired. Try adding it again."));
        PasskeyCeremonies.NewCredential credential = registration.verify(attestation);
        List<String> transports = request.credential().response().transports();
        Passkey passkey = new Passkey();
        passkey.userId = userId;
        passkey.credentialId = credential.credentialId();
        passkey.publicKey = credential.publicKey();
        passkey.signCount = credential.signCount();
        passkey.name = name;
        passkey.transports = transports == null ? "" : String.join(",", transports.stream()
                .filter(t -> t != null && t.matches("[a-z-]{1,20}")).distinct().limit(8).toList());
        passkey.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        return Panache.withTransaction(() -> lockUser(userId)
                        .chain(() -> useChallenge(issued, userId, 400))
                        .chain(() -> passkeys.countOf(userId))
                        .chain(count -> count >= config.maxPerUser()
                                ? Uni.createFrom().failure(new TooManyPasskeysException(config.maxPerUser()))
                                : passkeys.byCredentialId(credential.credentialId()))
                        .chain(existing -> existing != null
                                ? Uni.createFrom().failure(new InvalidPasskeyResponseException(400,
                                        "This passkey has been added already."))
                                : passkeys.persist(passkey)))
                .onFailure(ConstraintViolations::isUniqueViolation)
                .transform(e -> answeredAlready(400))
                .call(saved -> audit.record(userId, AuditKind.PASSKEY_ADDED, origin,
                        "passkey " + passkey.id + " \"" + passkey.name + "\""))
                .map(PasskeyView::of);
    }

    /**
     * Verifies a sign-in assertion: answers whose passkey signed it. A known passkey that fails (a copy with
     * a counter gone back, a replay) is recorded in its owner's security history as a failed login.
     */
    public Uni<PasskeySignIn> signIn(PasskeyCredentialJson credential, AuditOrigin origin) {
        PasskeyCeremonies.Assertion assertion = signIn.parseAssertion(credential);
        PasskeyChallenges.Issued issued = challenges.open(assertion.challenge(),
                        PasskeyChallenges.Purpose.SIGN_IN, 0)
                .orElseThrow(() -> new InvalidPasskeyResponseException(401, "The passkey answered a challenge "
                        + "that Ledger did not make for a sign-in, or that expired. Try again."));
        return Panache.withSession(() -> passkeys.byCredentialId(assertion.credentialId()))
                .flatMap(passkey -> {
                    if (passkey == null || (assertion.userHandle() != null
                            && !Arrays.equals(assertion.userHandle(), userHandle(passkey.userId)))) {
                        return Uni.createFrom().failure(new PasskeyNotRecognisedException());
                    }
                    return Uni.createFrom().item(() -> signIn.verify(assertion, passkey))
                            .flatMap(count -> Panache.withTransaction(() -> useChallenge(issued, passkey.userId, 401)
                                    .chain(() -> passkeys.recordUse(passkey.id, passkey.signCount, count,
                                            Instant.now().truncatedTo(ChronoUnit.MICROS)))
                                    .chain(recorded -> recorded ? Uni.createFrom().voidItem()
                                            : Uni.createFrom().failure(answeredAlready(401)))))
                            .onFailure(ConstraintViolations::isUniqueViolation)
                            .transform(e -> answeredAlready(401))
                            .onFailure(InvalidPasskeyResponseException.class)
                            .call(refused -> audit.record(passkey.userId, AuditKind.LOGIN_FAILED, origin,
                                    "passkey \"" + passkey.name + "\" refused: " + refused.getMessage()))
                            .replaceWith(new PasskeySignIn(passkey.userId, passkey.name));
                });
    }

    public Uni<List<PasskeyView>> list(long userId) {
        return Panache.withSession(() -> passkeys.ofUser(userId))
                .map(rows -> rows.stream().map(PasskeyView::of).toList());
    }

    public Uni<PasskeyView> rename(long userId, long id, PasskeyRename rename) {
        String name = PasskeyNames.check(rename == null ? null : rename.name());
        return Panache.withTransaction(() -> passkeys.ofUser(userId, id)
                        .onItem().ifNull().failWith(PasskeyNotFoundException::new)
                        .invoke(passkey -> passkey.name = name))
                .map(PasskeyView::of);
    }

    /** Removes one of the user's passkeys: it signs in no more. Another user's is not found. */
    public Uni<Void> remove(long userId, long id, AuditOrigin origin) {
        return Panache.withTransaction(() -> passkeys.ofUser(userId, id)
                        .onItem().ifNull().failWith(PasskeyNotFoundException::new)
                        .call(passkeys::delete))
                .flatMap(removed -> audit.record(userId, AuditKind.PASSKEY_REMOVED, origin,
                        "passkey " + removed.id + " \"" + removed.name + "\""));
    }

    /** Records the challenge as answered; one answered already is refused. Runs in the caller's transaction. */
    private Uni<Void> useChallenge(PasskeyChallenges.Issued issued, long userId, int refusalStatus) {
        return usedChallenges.findById(issued.hash()).chain(used -> {
            if (used != null) {
                return Uni.createFrom().failure(answeredAlready(refusalStatus));
            }
            UsedChallenge row = new UsedChallenge();
            row.challengeHash = issued.hash();
            row.userId = userId;
            row.expiresAt = issued.expiresAt();
            return usedChallenges.persistAndFlush(row).replaceWithVoid();
        });
    }

    private static InvalidPasskeyResponseException answeredAlready(int status) {
        return new InvalidPasskeyResponseException(status,
                "This passkey answer was used already. Try again, from the start.");
    }

    private Uni<Void> lockUser(long userId) {
        if (!postgres) {
            return Uni.createFrom().voidItem();
        }
        return Panache.getSession().chain(session -> session
                .createNativeQuery("SELECT id FROM users WHERE id = ?1 FOR UPDATE", Object.class)
                .setParameter(1, userId).getResultList().replaceWithVoid());
    }

    /** The WebAuthn user handle: the user's id, 8 bytes, which authenticators hand back at a sign-in. */
    static byte[] userHandle(long userId) {
        return ByteBuffer.allocate(Long.BYTES).putLong(userId).array();
    }

    private static PasskeyOptions.Descriptor descriptor(Passkey passkey) {
        return new PasskeyOptions.Descriptor(PUBLIC_KEY, passkey.credentialId,
                passkey.transports.isEmpty() ? List.of() : List.of(passkey.transports.split(",")));
    }
}
