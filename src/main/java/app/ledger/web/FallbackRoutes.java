package app.ledger.web;

import app.ledger.problem.Problem;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * What answers when nothing else did. Under {@code /api}: a 404 problem, never an HTML page. Elsewhere,
 * a page address of the single-page app ({@code /u/alice}, opened directly or reloaded): its
 * {@code index.html}, so that deep links work. {@code /q} and addresses of files are left alone.
 */
@ApplicationScoped
public class FallbackRoutes {

    private static final int LAST = Integer.MAX_VALUE - 10;

    void install(@Observes Router router) {
        router.route("/api/*").order(LAST).handler(FallbackRoutes::apiNotFound);
        router.route().order(LAST + 1).method(HttpMethod.GET).method(HttpMethod.HEAD)
                .handler(FallbackRoutes::appPage);
    }

    private static void apiNotFound(RoutingContext ctx) {
        ctx.response()
                .setStatusCode(404)
                .putHeader("Content-Type", Problem.MEDIA_TYPE)
                .end(Json.encode(StandardProblems.NOT_FOUND));
    }

    private static void appPage(RoutingContext ctx) {
        String path = ctx.normalizedPath();
        String last = path.substring(path.lastIndexOf('/') + 1);
        if (path.startsWith("/q/") || path.equals("/q") || last.contains(".") || path.equals("/")) {
            ctx.next();
            return;
        }
        ctx.reroute("/");
    }
}
