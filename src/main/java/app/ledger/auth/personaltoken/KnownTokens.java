package app.ledger.auth.personaltoken;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Personal access tokens verified by this instance, by the hash of their text, so that a script's every
 * request costs no query; and the ids of tokens revoked, so that a lookup which raced with a revocation
 * cannot bring the token back. Both bounded: past the limit the least recently used token is dropped from
 * memory (and read back from the database when it returns), and the oldest revoked id.
 */
final class KnownTokens {

    static final int REVOKED_REMEMBERED = 10_000;

    private final LinkedHashMap<String, KnownToken> byHash;
    private final Map<Long, KnownToken> byId = new HashMap<>();
    private final LinkedHashMap<Long, Boolean> revoked = new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Boolean> eldest) {
            return size() > REVOKED_REMEMBERED;
        }
    };

    KnownTokens(int capacity) {
        byHash = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, KnownToken> eldest) {
                if (size() > capacity) {
                    byId.remove(eldest.getValue().id);
                    return true;
                }
                return false;
            }
        };
    }

    synchronized KnownToken get(String hash) {
        return byHash.get(hash);
    }

    synchronized void remember(String hash, KnownToken token) {
        if (!revoked.containsKey(token.id)) {
            byHash.put(hash, token);
            byId.put(token.id, token);
        }
    }

    synchronized void forget(long tokenId) {
        revoked.put(tokenId, Boolean.TRUE);
        if (byId.remove(tokenId) != null) {
            byHash.values().removeIf(token -> token.id == tokenId);
        }
    }

    synchronized void forgetUser(long userId) {
        byHash.values().removeIf(token -> {
            if (token.userId == userId) {
                revoked.put(token.id, Boolean.TRUE);
                byId.remove(token.id);
                return true;
            }
            return false;
        });
    }

    /** When the token was last used on this instance (epoch ms), 0 when not known here. */
    synchronized long usedAt(long tokenId) {
        KnownToken token = byId.get(tokenId);
        return token == null ? 0 : token.usedAt();
    }

    synchronized int size() {
        return byHash.size();
    }
}
