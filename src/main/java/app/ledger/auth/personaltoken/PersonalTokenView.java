package app.ledger.auth.personaltoken;

import java.time.Instant;
import java.util.List;

/** A personal access token as its owner sees it listed: never its text. */
public record PersonalTokenView(long id, String name, List<String> scopes, Instant createdAt, Instant expiresAt,
        Instant lastUsedAt) {
}
