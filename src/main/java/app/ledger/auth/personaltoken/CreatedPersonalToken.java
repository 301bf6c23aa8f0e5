package app.ledger.auth.personaltoken;

import java.time.Instant;
import java.util.List;

/** A token just created, with its text: the only time it is shown. */
public record CreatedPersonalToken(long id, String name, List<String> scopes, Instant createdAt, Instant expiresAt,
        String token) {
}
