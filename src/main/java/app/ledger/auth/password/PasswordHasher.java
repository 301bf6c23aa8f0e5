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
        return pool.run(HashingPool.Purpose.LOGIN, () -> PasswordHashes.matches(password, hash));
    }

    /** False for a hash stored in an older format or with another cost: it should be replaced. */
    public boolean isCurrent(String hash) {
        return PasswordHashes.isCurrent(hash, cost);
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
