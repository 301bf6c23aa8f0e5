package app.ledger.auth.password;

import app.ledger.config.LedgerConfig;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** bcrypt hashing and checking, always on the {@link HashingPool}: one hash is far too long for an event loop. */
@ApplicationScoped
public class PasswordHasher {

    private final HashingPool pool;
    private final int cost;
    /** Checked against when the user does not exist, so that the answer takes as long as for a wrong password. */
    private volatile String decoyHash;

    @Inject
    public PasswordHasher(LedgerConfig config, HashingPool pool) {
        this(config.auth().bcryptCost(), pool);
    }

    PasswordHasher(int cost, HashingPool pool) {
        this.pool = pool;
        this.cost = cost;
    }

    public Uni<String> hash(String password) {
        return pool.run(HashingPool.Purpose.NEW_PASSWORD, () -> PasswordHashes.hash(password, cost));
    }

    public Uni<Boolean> matches(String password, String hash) {
        if (!isPassword(hash)) {
            return matchesNothing(password);
        }
        return pool.run(HashingPool.Purpose.LOGIN, () -> PasswordHashes.matches(password, hash));
    }

    /**
     * Stored in place of a hash for a user who has no password (one made by a sign-in through an identity
     * provider): no password matches it, and checking one takes as long as checking a real hash.
     */
    public static final String NO_PASSWORD = "!none";

    /** Whether a stored hash is a password's, not {@link #NO_PASSWORD}. */
    public static boolean isPassword(String hash) {
        return hash != null && !hash.startsWith("!");
    }

    /** False for a hash stored in an older format or with another cost: it should be replaced. */
    public boolean isCurrent(String hash) {
        return !isPassword(hash) || PasswordHashes.isCurrent(hash, cost);
    }

    /** Spends the same time as {@link #matches} and always answers false. */
    public Uni<Boolean> matchesNothing(String password) {
        return decoy().flatMap(decoy -> matches(password, decoy)).map(ignored -> false);
    }

    /** Made on first use; a busy pool is not remembered as the answer. */
    private Uni<String> decoy() {
        String known = decoyHash;
        if (known != null) {
            return Uni.createFrom().item(known);
        }
        return pool.run(HashingPool.Purpose.LOGIN, () -> PasswordHashes.hash("decoy password never used", cost))
                .invoke(made -> decoyHash = made);
    }
}
