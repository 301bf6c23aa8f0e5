package app.ledger.auth.personaltoken;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.jwt.Claims;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The caller behind a personal access token, shaped as the {@link JsonWebToken} every resource reads the user
 * from ({@code sub}: the user id). It names no session ({@code sid}), so whatever needs one refuses it.
 */
public final class PersonalTokenPrincipal implements JsonWebToken {

    public static final String TOKEN_ID_CLAIM = "pat";

    private final long tokenId;
    private final long userId;
    private final boolean write;
    private final Map<String, Object> claims = new HashMap<>();

    PersonalTokenPrincipal(long tokenId, long userId, boolean write, Instant expiresAt) {
        this.tokenId = tokenId;
        this.userId = userId;
        this.write = write;
        claims.put(Claims.sub.name(), Long.toString(userId));
        claims.put(TOKEN_ID_CLAIM, tokenId);
        claims.put("scope", write ? "read write" : "read");
        if (expiresAt != null) {
            claims.put(Claims.exp.name(), expiresAt.getEpochSecond());
        }
    }

    public long tokenId() {
        return tokenId;
    }

    public long userId() {
        return userId;
    }

    public boolean mayWrite() {
        return write;
    }

    @Override
    public String getName() {
        return "personal-token-" + tokenId;
    }

    @Override
    public Set<String> getClaimNames() {
        return claims.keySet();
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T getClaim(String claimName) {
        return (T) claims.get(claimName);
    }
}
