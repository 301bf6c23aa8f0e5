package app.ledger.auth.personaltoken;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * What a personal access token may do. A read token may only read (GET, HEAD; the API has no GET that
 * changes anything), a write token may also change the user's data; neither may reach the account's security
 * or leave with it: everything under {@code /api/me/} (tokens, sessions, password, second factor, audit log,
 * export), deleting the user, {@code /api/auth/} (a token has no session to log out of), nor open live event
 * streams (which end with their session; a script can poll). Decided by the route that matched, not the
 * path as sent, so no spelling of a path slips past it. Requests with a session token pass untouched.
 */
@ApplicationScoped
public class PersonalTokenScopeGuard {

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");
    private static final String BEARER = "bearer ";

    private final CurrentIdentityAssociation identities;
    private final Map<Method, String> templates = new ConcurrentHashMap<>();

    public PersonalTokenScopeGuard(CurrentIdentityAssociation identities) {
        this.identities = identities;
    }

    @ServerRequestFilter(priority = Priorities.AUTHORIZATION)
    public Uni<Response> refuseWhatTheTokenMayNotDo(ContainerRequestContext request, ResourceInfo resource) {
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (authorization == null || authorization.length() <= BEARER.length()
                || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())
                || !PersonalTokenSecret.looksLikeOne(authorization.substring(BEARER.length()).trim())) {
            return Uni.createFrom().nullItem();
        }
        return identities.getDeferredIdentity()
                .onFailure().recoverWithNull() // refused credentials: the route's own check answers 401
                .map(identity -> {
                    if (identity != null && identity.getPrincipal() instanceof PersonalTokenPrincipal principal) {
                        check(principal, request.getMethod(), resource.getResourceMethod(), resource);
                    }
                    return null;
                });
    }

    private void check(PersonalTokenPrincipal principal, String method, Method resourceMethod, ResourceInfo resource) {
        if (resourceMethod == null) {
            return; // no route matched: 404 follows
        }
        String template = templates.computeIfAbsent(resourceMethod,
                m -> template(resource.getResourceClass().getAnnotation(Path.class), m.getAnnotation(Path.class)));
        if (!openToTokens(template, method)) {
            throw new InsufficientScopeException(InsufficientScopeException.NEVER);
        }
        if (!READS.contains(method) && !principal.mayWrite()) {
            throw new InsufficientScopeException(InsufficientScopeException.READ_ONLY);
        }
    }

    /** @param template the matched route's path template, such as {@code /me/tokens/{id}} */
    static boolean openToTokens(String template, String method) {
        if (template.equals("/me")) {
            return !method.equals("DELETE"); // the profile and its preferences; not deleting the user
        }
        return !(template.startsWith("/me/") || template.equals("/auth") || template.startsWith("/auth/")
                || template.equals("/events") || template.startsWith("/events/"));
    }

    static String template(Path onClass, Path onMethod) {
        String joined = "/" + (onClass == null ? "" : onClass.value()) + "/" + (onMethod == null ? "" : onMethod.value());
        String collapsed = joined.replaceAll("/+", "/");
        return collapsed.length() > 1 && collapsed.endsWith("/") ? collapsed.substring(0, collapsed.length() - 1)
                : collapsed;
    }
}
