package app.ledger.web;

import app.ledger.problem.Problem;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.regex.Pattern;

/**
 * What answers when nothing else did. Under {@code /api}: a 404 problem, never an HTML page. Elsewhere,
 * a page address of the single-page app ({@code /u/john.doe}, opened directly or reloaded): its
 * {@code index.html}, so that deep links work. {@code /q} is left alone, and so is an address that looks
 * like a file ({@code /favicon.ico}) outside the app's own pages: a missing file is a 404, not the app.
 */
@ApplicationScoped
public class FallbackRoutes {

    private static final int LAST = Integer.MAX_VALUE - 10;
    /** The app's pages (frontend/src/routes.ts): usernames may contain dots, so these are never files. */
    private static final Pattern APP_PAGE = Pattern.compile("/(login|register|u/[^/]+(/.*)?)/?");

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
        if (path.equals("/") || path.equals("/q") || path.startsWith("/q/")) {
            ctx.next();
            return;
        }
        if (APP_PAGE.matcher(path).matches() || !looksLikeAFile(path)) {
            ctx.reroute("/");
            return;
        }
        ctx.next();
    }

    private static boolean looksLikeAFile(String path) {
        return path.substring(path.lastIndexOf('/') + 1).contains(".");
    }
}
