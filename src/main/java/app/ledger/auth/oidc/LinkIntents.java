package app.ledger.auth.oidc;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * A logged-in user's wish to link their account to the identity provider, between the click on the Security
 * page and the provider sending the browser back. The browser holds only a random handle (a cookie sent to the
 * sign-in routes alone); the user and session it stands for stay here, for a few minutes, and are taken once.
 * Kept in memory: the provider sends the browser back to the instance that started the link only if the
 * proxy in front keeps a browser on one instance.
 */
@ApplicationScoped
public class LinkIntents {

    static final Duration LIFETIME = Duration.ofMinutes(10);
    static final int MAX_PENDING = 10_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    record Intent(long userId, String sessionId, Instant expiresAt) {
    }

    private final Map<String, Intent> pending = new ConcurrentHashMap<>();

    String start(long userId, String sessionId) {
        Instant now = Instant.now();
        if (pending.size() >= MAX_PENDING) {
            pending.values().removeIf(intent -> !now.isBefore(intent.expiresAt()));
            if (pending.size() >= MAX_PENDING) {
                Iterator<String> oldest = pending.keySet().iterator();
                oldest.next();
                oldest.remove();
            }
        }
        byte[] bits = new byte[32];
        RANDOM.nextBytes(bits);
        String handle = Base64.getUrlEncoder().withoutPadding().encodeToString(bits);
        pending.put(handle, new Intent(userId, sessionId, now.plus(LIFETIME)));
        return handle;
    }

    /** The intent the handle stands for, once, if it has not expired. */
    Optional<Intent> take(String handle) {
        if (handle == null || handle.isEmpty()) {
            return Optional.empty();
        }
        Intent intent = pending.remove(handle);
        return intent != null && Instant.now().isBefore(intent.expiresAt()) ? Optional.of(intent) : Optional.empty();
    }
}
