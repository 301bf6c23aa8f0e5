package app.ledger.auth.session;

import java.time.Instant;

/** One of the user's sessions as they see it; {@code current} is the one the request came with. */
public record SessionView(String id, boolean current, Instant createdAt, Instant lastSeenAt, String userAgent,
        String address) {
}
