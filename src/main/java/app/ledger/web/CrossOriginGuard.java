package app.ledger.web;

import app.ledger.config.LedgerConfig;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.HostAndPort;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Changes through the API come from Ledger's own pages, or from scripts, never from another origin's page
 * riding on the user's cookie (cross-site request forgery). SameSite=Strict does not cover this: a page
 * on another port of the same host, or on a sibling subdomain, is "same-site" and its requests carry
 * the cookie. So a POST, PUT, PATCH or DELETE that could be authenticated by the cookie must say where it
 * comes from: its {@code Origin} must be the service's own (as the request reached it: scheme and Host,
 * or the forwarded ones when proxy forwarding is configured) or one of {@code ledger.http.allowed-origins};
 * without an {@code Origin}, a browser's {@code Sec-Fetch-Site} must be {@code same-origin}. A request
 * with neither header is not from a browser page (curl, scripts) and passes. A request that carries
 * {@code Authorization} passes too: a page of another origin cannot add that header without the
 * service's consent (CORS), which it never gives.
 * <p>
 * A body must also say that it is JSON: without a {@code Content-Type} it is refused (415) instead of
 * being read as JSON anyway, which let a form or a no-cors {@code fetch} of another page send JSON.
 */
public class CrossOriginGuard {

    private static final Set<String> CHANGES = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final Set<String> allowedOrigins;

    public CrossOriginGuard(LedgerConfig config) {
        this.allowedOrigins = config.http().allowedOrigins().orElse(List.of()).stream()
                .map(origin -> Origins.parse(origin).orElseThrow(() -> new IllegalArgumentException(
                        "ledger.http.allowed-origins: not an origin: " + origin)))
                .collect(Collectors.toUnmodifiableSet());
    }

    @ServerRequestFilter(preMatching = true, priority = Priorities.AUTHENTICATION - 100)
    public Optional<Response> refuseChangesFromOtherOrigins(ContainerRequestContext request,
            HttpServerRequest connection) {
        if (!CHANGES.contains(request.getMethod()) || request.getHeaderString(HttpHeaders.AUTHORIZATION) != null) {
            return Optional.empty();
        }
        String origin = request.getHeaderString("Origin");
        boolean allowed = origin != null
                ? Origins.parse(origin).filter(o -> o.equals(ownOrigin(connection)) || allowedOrigins.contains(o))
                        .isPresent()
                : isNullOrSameOrigin(request.getHeaderString("Sec-Fetch-Site"));
        return allowed ? Optional.empty() : Optional.of(ProblemMapper.respond(StandardProblems.CROSS_ORIGIN).build());
    }

    @ServerRequestFilter(preMatching = true, priority = Priorities.AUTHENTICATION - 50)
    public Optional<Response> refuseBodiesWithoutMediaType(ContainerRequestContext request) {
        boolean hasBody = request.getLength() > 0 || request.getHeaderString("Transfer-Encoding") != null;
        if (hasBody && request.getHeaderString(HttpHeaders.CONTENT_TYPE) == null) {
            return Optional.of(ProblemMapper.respond(StandardProblems.UNSUPPORTED_MEDIA_TYPE).build());
        }
        return Optional.empty();
    }

    private static String ownOrigin(HttpServerRequest connection) {
        HostAndPort authority = connection.authority();
        return authority == null ? null : Origins.of(connection.scheme(), authority.host(), authority.port());
    }

    private static boolean isNullOrSameOrigin(String secFetchSite) {
        return secFetchSite == null || secFetchSite.equals("same-origin");
    }
}
