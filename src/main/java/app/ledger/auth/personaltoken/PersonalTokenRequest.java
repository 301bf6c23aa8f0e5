package app.ledger.auth.personaltoken;

import java.time.Instant;
import java.util.List;

/** A new personal access token: its name, {@code ["read"]} or {@code ["read","write"]}, and an optional expiry. */
public record PersonalTokenRequest(String name, List<String> scopes, Instant expiresAt) {
}
