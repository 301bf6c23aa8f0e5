package app.ledger.auth.passkey;

import app.ledger.auth.secret.DerivedKeys;
import app.ledger.config.LedgerConfig;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * WebAuthn challenges that the server keeps nothing of while they are out: each one carries what it is for,
 * whose it is (for a registration), when it expires and 16 random bytes, signed with a key every instance
 * derives from the token signing key. So asking for challenges, which anyone may do for a sign-in, costs
 * no memory and no row; and a challenge made by one instance is good on another. That a challenge is
 * answered only once is recorded when it is answered ({@link UsedChallenge}).
 */
@ApplicationScoped
public class PasskeyChallenges {

    enum Purpose { REGISTRATION, SIGN_IN }

    private static final byte VERSION = 1;
    private static final int RANDOM_BYTES = 16;
    private static final int MAC_BYTES = 32;
    private static final int SIGNED_BYTES = 1 + 1 + Long.BYTES + Long.BYTES + RANDOM_BYTES;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final DerivedKeys derivedKeys;
    private final Duration lifetime;
    private final Clock clock;
    private volatile SecretKeySpec key;

    @Inject
    public PasskeyChallenges(DerivedKeys derivedKeys, LedgerConfig config) {
        this.derivedKeys = derivedKeys;
        this.lifetime = config.passkeys().challengeLifetime();
        this.clock = Clock.systemUTC();
    }

    PasskeyChallenges(byte[] key, Duration lifetime, Clock clock) {
        this.derivedKeys = null;
        this.lifetime = lifetime;
        this.clock = clock;
        this.key = new SecretKeySpec(key, "HmacSHA256");
    }

    /** After the signing keys exist (SigningKeyBootstrap runs at priority 5); reads a file. */
    void onStart(@Observes @Priority(6) StartupEvent event) {
        key = new SecretKeySpec(derivedKeys.derive("ledger passkey challenges v1"), "HmacSHA256");
    }

    Duration lifetime() {
        return lifetime;
    }

    /** @param userId the user registering, or 0 for a sign-in (whose user is not known yet) */
    byte[] issue(Purpose purpose, long userId) {
        byte[] random = new byte[RANDOM_BYTES];
        RANDOM.nextBytes(random);
        ByteBuffer signed = ByteBuffer.allocate(SIGNED_BYTES + MAC_BYTES)
                .put(VERSION)
                .put((byte) purpose.ordinal())
                .putLong(clock.instant().plus(lifetime).getEpochSecond())
                .putLong(userId)
                .put(random);
        signed.put(mac(signed.array(), SIGNED_BYTES));
        return signed.array();
    }

    /** The challenge, if this service made it for this purpose (and user) and it has not expired. */
    Optional<Issued> open(byte[] challenge, Purpose purpose, long userId) {
        if (challenge == null || challenge.length != SIGNED_BYTES + MAC_BYTES
                || !MessageDigest.isEqual(mac(challenge, SIGNED_BYTES),
                        Arrays.copyOfRange(challenge, SIGNED_BYTES, challenge.length))) {
            return Optional.empty();
        }
        ByteBuffer read = ByteBuffer.wrap(challenge);
        byte version = read.get();
        byte purposeByte = read.get();
        Instant expiresAt = Instant.ofEpochSecond(read.getLong());
        long forUser = read.getLong();
        if (version != VERSION || purposeByte != purpose.ordinal() || forUser != userId
                || !clock.instant().isBefore(expiresAt)) {
            return Optional.empty();
        }
        return Optional.of(new Issued(hash(challenge), expiresAt));
    }

    /** What is kept of an answered challenge: its SHA-256, and until when it would have been accepted. */
    record Issued(String hash, Instant expiresAt) {
    }

    private byte[] mac(byte[] bytes, int length) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(bytes, 0, length);
            return mac.doFinal();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }

    private static String hash(byte[] challenge) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(challenge));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
