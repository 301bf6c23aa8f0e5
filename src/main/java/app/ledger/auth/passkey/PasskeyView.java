package app.ledger.auth.passkey;

import java.time.Instant;

/** One of the user's passkeys as the Security page lists it; never its key. */
public record PasskeyView(long id, String name, Instant createdAt, Instant lastUsedAt) {

    static PasskeyView of(Passkey passkey) {
        return new PasskeyView(passkey.id, passkey.name, passkey.createdAt, passkey.lastUsedAt);
    }
}
