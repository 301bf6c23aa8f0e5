package app.ledger.auth.oidc;

import app.ledger.audit.AuditKind;
import app.ledger.audit.AuditOrigin;
import app.ledger.audit.AuditService;
import app.ledger.auth.AuthService;
import app.ledger.auth.session.Sessions;
import app.ledger.persistence.ConstraintViolations;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Signing in through the identity provider, and linking and unlinking a user's account there. The provider
 * account is known by issuer and subject, never by email or name, which a provider may let its users change.
 */
@ApplicationScoped
public class ProviderSignIn {

    private final IdentityLinkRepository links;
    private final AuthService auth;
    private final Sessions sessions;
    private final AuditService audit;
    private final OidcSettings settings;

    public ProviderSignIn(IdentityLinkRepository links, AuthService auth, Sessions sessions, AuditService audit,
            OidcSettings settings) {
        this.links = links;
        this.auth = auth;
        this.sessions = sessions;
        this.audit = audit;
        this.settings = settings;
    }

    /** Opens a session for the user the provider account is linked to, making the user first if allowed. */
    Uni<SignInOutcome> signIn(ProviderIdentity identity, AuditOrigin origin) {
        return Panache.withSession(() -> links.findBySubject(identity.issuer(), identity.subject()))
                .flatMap(link -> link != null ? markUsed(link.id).replaceWith(link.userId)
                        : createUserFor(identity, origin))
                .flatMap(userId -> userId == null
                        ? Uni.createFrom().item(new SignInOutcome.Refused("no-account", null))
                        : auth.openSessionVouchedFor(userId, "identity provider " + settings.name(), origin)
                                .map(SignInOutcome.SignedIn::new));
    }

    private Uni<Long> createUserFor(ProviderIdentity identity, AuditOrigin origin) {
        Uni<Boolean> allowed = settings.createUsers().map(Uni.createFrom()::item)
                .orElseGet(auth::registrationOpen);
        return allowed.flatMap(yes -> !yes ? Uni.createFrom().nullItem()
                : Panache.withTransaction(() -> auth.registerWithoutPassword(identity.wishedUsernames())
                        .flatMap(user -> links.persist(newLink(user.id(), identity)).replaceWith(user.id())))
                        .call(userId -> audit.record(userId, AuditKind.IDENTITY_LINKED, origin,
                                settings.name() + describe(identity) + ", new user")));
    }

    /**
     * Links the provider account to the user who started the link from a session that is still live. Linking
     * the same account again changes nothing.
     */
    Uni<SignInOutcome> link(LinkIntents.Intent intent, ProviderIdentity identity, AuditOrigin origin) {
        return sessions.admits(intent.sessionId(), intent.userId()).flatMap(live -> !live
                ? Uni.createFrom().item(new SignInOutcome.Refused("link-expired", null))
                : auth.me(intent.userId()).flatMap(user -> Panache.withTransaction(() -> links
                        .findBySubject(identity.issuer(), identity.subject())
                        .flatMap(existing -> {
                            if (existing != null) {
                                return Uni.createFrom().item(existing.userId == user.id()
                                        ? new SignInOutcome.Linked(user.username())
                                        : new SignInOutcome.Refused("linked-elsewhere", user.username()));
                            }
                            return links.count("userId = ?1 and issuer = ?2", user.id(), identity.issuer())
                                    .flatMap(count -> count > 0
                                            ? Uni.createFrom().item(new SignInOutcome.Refused("already-linked",
                                                    user.username()))
                                            : links.persist(newLink(user.id(), identity))
                                                    .replaceWith(new SignInOutcome.Linked(user.username()))
                                                    .call(() -> audit.record(user.id(), AuditKind.IDENTITY_LINKED,
                                                            origin, settings.name() + describe(identity))));
                        }))
                        .onFailure(ConstraintViolations::isUniqueViolation)
                        .recoverWithItem(new SignInOutcome.Refused("linked-elsewhere", user.username()))));
    }

    Uni<List<IdentityLinkView>> list(long userId) {
        return Panache.withSession(() -> links.ofUser(userId)).map(rows -> rows.stream()
                .map(row -> new IdentityLinkView(row.id, settings.name(), row.email, row.createdAt, row.lastUsedAt))
                .toList());
    }

    /** Removes the link unless it is the user's only way in: password login is off, or they have no password. */
    Uni<Void> unlink(long userId, long linkId, AuditOrigin origin) {
        return Panache.withSession(() -> links.find("id = ?1 and userId = ?2", linkId, userId).firstResult())
                .onItem().ifNull().failWith(IdentityLinkNotFoundException::new)
                .flatMap(link -> (settings.passwordLogin() ? auth.hasPassword(userId) : Uni.createFrom().item(false))
                        .flatMap(hasOtherWay -> hasOtherWay
                                ? Panache.withTransaction(() -> links.delete("id = ?1 and userId = ?2", linkId, userId))
                                : Uni.createFrom().failure(new LastWayInException()))
                        .flatMap(deleted -> deleted > 0
                                ? audit.record(userId, AuditKind.IDENTITY_UNLINKED, origin,
                                        settings.name() + (link.email == null ? "" : " (" + link.email + ")"))
                                : Uni.createFrom().failure(new IdentityLinkNotFoundException())));
    }

    private Uni<Void> markUsed(long linkId) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        return Panache.withTransaction(() -> links.update("lastUsedAt = ?1 where id = ?2", now, linkId))
                .replaceWithVoid();
    }

    private static IdentityLink newLink(long userId, ProviderIdentity identity) {
        IdentityLink link = new IdentityLink();
        link.userId = userId;
        link.issuer = identity.issuer();
        link.subject = identity.subject();
        link.email = identity.email() == null || identity.email().length() > IdentityLink.EMAIL_MAX ? null
                : identity.email();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        link.createdAt = now;
        link.lastUsedAt = now;
        return link;
    }

    private static String describe(ProviderIdentity identity) {
        return identity.email() == null ? "" : " (" + identity.email() + ")";
    }
}
