package app.ledger.auth.password;

import app.ledger.config.LedgerConfig;
import app.ledger.support.Workers;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** bcrypt hashing and checking, always on a worker thread: one hash costs far too long for an event loop. */
@ApplicationScoped
public class PasswordHasher {

    private final int cost;
    /** Checked against when the user does not exist, so that the answer takes as long as for a wrong password. */
    private final Uni<String> decoyHash;

    public PasswordHasher(LedgerConfig config) {
        int cost = config.auth().bcryptCost();
        this.cost = cost;
        this.decoyHash = Workers.offload(() -> BcryptUtil.bcryptHash("decoy password never used", cost))
                .memoize().indefinitely();
    }

    public Uni<String> hash(String password) {
        return Workers.offload(() -> BcryptUtil.bcryptHash(password, cost));
    }

    public Uni<Boolean> matches(String password, String hash) {
        return Workers.offload(() -> BcryptUtil.matches(password, hash));
    }

    /** Spends the same time as {@link #matches} and always answers false. */
    public Uni<Boolean> matchesNothing(String password) {
        return decoyHash.flatMap(decoy -> matches(password, decoy)).map(ignored -> false);
    }
}
