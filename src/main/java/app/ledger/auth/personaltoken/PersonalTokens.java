package app.ledger.auth.personaltoken;

import app.ledger.audit.AuditKind;
import app.ledger.audit.AuditOrigin;
import app.ledger.audit.AuditService;
import app.ledger.config.LedgerConfig;
import app.ledger.support.Periodic;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Verifies personal access tokens. A token verified once is remembered ({@link KnownTokens}), so a script's
 * requests cost no query; revoking one forgets it here at once and, through {@link PersonalTokensRevoked}
 * (forwarded by the PostgreSQL fan-out), on every other instance. When a token was last used is written at
 * most once per {@code ledger.auth.personal-tokens.last-used-interval}, off the request; a write that finds
 * the token gone (revoked where the notice did not arrive, or its user deleted) forgets it too.
 */
@ApplicationScoped
public class PersonalTokens {

    static final int REMEMBERED = 10_000;

    private final PersonalTokenRepository repository;
    private final AuditService audit;
    private final Event<PersonalTokensRevoked> revokedEvent;
    private final Vertx vertx;
    private final long lastUsedIntervalMillis;
    private final KnownTokens known = new KnownTokens(REMEMBERED);

    public PersonalTokens(PersonalTokenRepository repository, AuditService audit,
            Event<PersonalTokensRevoked> revokedEvent, Vertx vertx, LedgerConfig config) {
        this.repository = repository;
        this.audit = audit;
        this.revokedEvent = revokedEvent;
        this.vertx = vertx;
        this.lastUsedIntervalMillis = config.auth().personalTokens().lastUsedInterval().toMillis();
    }

    /** The caller the token speaks for, or null when it is unknown, revoked or expired. */
    Uni<PersonalTokenPrincipal> verify(String token, AuditOrigin origin) {
        String hash = PersonalTokenSecret.hash(token);
        KnownToken cached = known.get(hash);
        Uni<KnownToken> found = cached != null ? Uni.createFrom().item(cached)
                : Panache.withSession(() -> repository.byHash(hash)).map(row -> {
                    if (row == null) {
                        return null;
                    }
                    KnownToken fresh = KnownToken.of(row);
                    known.remember(hash, fresh);
                    return fresh;
                });
        return found.map(entry -> {
            Instant now = Instant.now();
            if (entry == null || entry.expired(now)) {
                return null;
            }
            if (entry.used(now.toEpochMilli(), lastUsedIntervalMillis)) {
                recordUse(entry, now, origin);
            }
            return new PersonalTokenPrincipal(entry.id, entry.userId, entry.write, entry.expiresAt);
        });
    }

    private void recordUse(KnownToken token, Instant now, AuditOrigin origin) {
        Instant at = now.truncatedTo(ChronoUnit.MICROS);
        boolean first = !token.everRecorded();
        Periodic.once(vertx, () -> Panache.withTransaction(() -> first
                        ? repository.update("lastUsedAt = ?1 where id = ?2 and lastUsedAt is null", at, token.id)
                                .flatMap(updated -> updated > 0 ? Uni.createFrom().item(Written.FIRST)
                                        : repository.markUsed(token.id, at).map(Written::of))
                        : repository.markUsed(token.id, at).map(Written::of))
                        .call(written -> written == Written.FIRST
                                ? audit.record(token.userId, AuditKind.TOKEN_FIRST_USED, origin, "token " + token.id)
                                : Uni.createFrom().voidItem()))
                .subscribe().with(written -> {
                    if (written == Written.GONE) {
                        token.notRecorded();
                        known.forget(token.id);
                    } else {
                        token.recorded(at.toEpochMilli());
                    }
                }, failure -> {
                    token.notRecorded();
                    Log.warnf("Could not record when personal token %d was used: %s", token.id, failure.toString());
                });
    }

    private enum Written {
        FIRST, AGAIN, GONE;

        static Written of(int updated) {
            return updated > 0 ? AGAIN : GONE;
        }
    }

    /** When the token was last used: this instance's own time when it is newer than the stored one. */
    Instant lastUsed(PersonalToken row) {
        long here = known.usedAt(row.id);
        if (here > 0 && (row.lastUsedAt == null || here > row.lastUsedAt.toEpochMilli())) {
            return Instant.ofEpochMilli(here);
        }
        return row.lastUsedAt;
    }

    /** The token was deleted in a transaction that has committed: refuse it from now on, everywhere. */
    void revoked(long userId, long tokenId) {
        known.forget(tokenId);
        revokedEvent.fire(new PersonalTokensRevoked(userId, tokenId, true));
    }

    /** The user's tokens were deleted with the user (committed): refuse them from now on, everywhere. */
    public void deletedWithTheirUser(long userId) {
        known.forgetUser(userId);
        revokedEvent.fire(new PersonalTokensRevoked(userId, null, true));
    }

    /** Another instance revoked a token, or deleted a user with their tokens: refuse them here too. */
    public void revokedElsewhere(long userId, Long tokenId) {
        if (tokenId == null) {
            known.forgetUser(userId);
        } else {
            known.forget(tokenId);
        }
    }

    int remembered() {
        return known.size();
    }
}
