package app.ledger.auth.personaltoken;

import app.ledger.audit.AuditKind;
import app.ledger.audit.AuditOrigin;
import app.ledger.audit.AuditService;
import app.ledger.config.LedgerConfig;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** What a user may do with their personal access tokens: create one, see them, revoke one. */
@ApplicationScoped
public class PersonalTokenService {

    private final PersonalTokenRepository repository;
    private final PersonalTokens tokens;
    private final AuditService audit;
    private final int maxPerUser;
    private final Duration maxLifetime;
    private final boolean postgres;

    public PersonalTokenService(PersonalTokenRepository repository, PersonalTokens tokens, AuditService audit,
            LedgerConfig config, @ConfigProperty(name = "quarkus.datasource.db-kind") String dbKind) {
        this.repository = repository;
        this.tokens = tokens;
        this.audit = audit;
        this.maxPerUser = config.auth().personalTokens().maxPerUser();
        this.maxLifetime = config.auth().personalTokens().maxLifetime();
        this.postgres = "postgresql".equals(dbKind);
    }

    /**
     * Creates a token and answers it with its text, which is stored only as a hash. The count is checked
     * under the user's row lock on PostgreSQL (SQLite has one writer), so two requests cannot both take the
     * last place.
     */
    public Uni<CreatedPersonalToken> create(long userId, PersonalTokenRequest request, AuditOrigin origin) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        PersonalTokenRules.Checked checked = PersonalTokenRules.check(request, now, maxLifetime);
        String secret = PersonalTokenSecret.generate();
        PersonalToken token = new PersonalToken();
        token.userId = userId;
        token.name = checked.name();
        token.tokenHash = PersonalTokenSecret.hash(secret);
        token.scopes = PersonalTokenScope.stored(checked.write());
        token.createdAt = now;
        token.expiresAt = checked.expiresAt() == null ? null : checked.expiresAt().truncatedTo(ChronoUnit.MICROS);
        return Panache.withTransaction(() -> lockUser(userId)
                        .chain(() -> repository.countOf(userId))
                        .chain(count -> count >= maxPerUser
                                ? Uni.createFrom().failure(new TooManyPersonalTokensException(maxPerUser))
                                : repository.persist(token)))
                .call(saved -> audit.record(userId, AuditKind.TOKEN_CREATED, origin,
                        "token " + token.id + " \"" + token.name + "\" (" + token.scopes + ")"))
                .map(saved -> new CreatedPersonalToken(token.id, token.name, PersonalTokenScope.listed(token.scopes),
                        token.createdAt, token.expiresAt, secret));
    }

    private Uni<Void> lockUser(long userId) {
        if (!postgres) {
            return Uni.createFrom().voidItem();
        }
        return Panache.getSession().chain(session -> session
                .createNativeQuery("SELECT id FROM users WHERE id = ?1 FOR UPDATE", Object.class)
                .setParameter(1, userId).getResultList().replaceWithVoid());
    }

    /** The user's tokens, newest first, with when each was last used. */
    public Uni<List<PersonalTokenView>> list(long userId) {
        return Panache.withSession(() -> repository.ofUser(userId)).map(rows -> rows.stream()
                .map(row -> new PersonalTokenView(row.id, row.name, PersonalTokenScope.listed(row.scopes),
                        row.createdAt, row.expiresAt, tokens.lastUsed(row)))
                .toList());
    }

    /** Revokes one of the user's tokens: refused from now on, on every instance. Another user's is not found. */
    public Uni<Void> revoke(long userId, long tokenId, AuditOrigin origin) {
        return Panache.withTransaction(() -> repository.deleteOf(userId, tokenId))
                .flatMap(deleted -> {
                    if (deleted == 0) {
                        return Uni.createFrom().failure(new PersonalTokenNotFoundException());
                    }
                    tokens.revoked(userId, tokenId);
                    return audit.record(userId, AuditKind.TOKEN_REVOKED, origin, "token " + tokenId);
                });
    }
}
