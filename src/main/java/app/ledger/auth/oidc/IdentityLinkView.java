package app.ledger.auth.oidc;

import java.time.Instant;

/** One of the user's links to an identity provider, as the Security page shows it. */
public record IdentityLinkView(long id, String provider, String email, Instant createdAt, Instant lastUsedAt) {
}
