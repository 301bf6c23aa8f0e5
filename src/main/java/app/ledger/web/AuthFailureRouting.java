package app.ledger.web;

import io.quarkus.vertx.http.runtime.security.HttpSecurityRecorder.DefaultAuthFailureHandler;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.function.BiConsumer;

/**
 * Sends an authentication failure into the REST layer, where the problem mapper answers it, as Quarkus REST's
 * own filter does, but without that filter's cost on every request: with Micrometer present it first builds a
 * request mapper over every resource class to name the route a failure would be counted under (12 KiB and
 * about 5 % of the event loop per authenticated request). With lazy authentication a failure is raised inside
 * the REST layer, which names the route itself; only a path policy fails before it, and those are plain paths.
 *
 * <p>Quarkus REST's filter has priority 199, so its route has order -199 and acts only while the failure
 * handler is still the default one. This route has the same order and is added before any filter's route
 * (routes observed here are added first), so it runs after the authentication handler (-200) has put the
 * default handler and before that filter, which then steps aside. As Quarkus REST does with its own handler,
 * the handler is taken away again before a request reaches the REST layer, which answers a failure there
 * itself (left in place, a failure would be answered twice). {@code AuthFailureRoutingTest} fails if a
 * Quarkus upgrade changes any of this.
 */
@ApplicationScoped
public class AuthFailureRouting {

    static final String FAILURE_HANDLER = QuarkusHttpUser.AUTH_FAILURE_HANDLER;
    private static final int ORDER = -199;
    /** After the path policies (-100), the body limits and the upload route, before the REST layer's route. */
    static final int REST_LAYER_AHEAD = -1;

    /** What Quarkus REST's replacement handler does: mark the kind of failure, then fail the request. */
    static final BiConsumer<RoutingContext, Throwable> INTO_REST_LAYER = (ctx, failure) -> {
        DefaultAuthFailureHandler.markIfOtherAuthenticationFailure(ctx, failure);
        if (!ctx.failed()) {
            ctx.fail(DefaultAuthFailureHandler.extractRootCause(failure));
        }
    };

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(ctx -> {
            if (ctx.get(FAILURE_HANDLER) instanceof DefaultAuthFailureHandler) {
                ctx.put(FAILURE_HANDLER, INTO_REST_LAYER);
            }
            ctx.next();
        });
        router.route("/api/*").order(REST_LAYER_AHEAD).handler(ctx -> {
            if (ctx.get(FAILURE_HANDLER) == INTO_REST_LAYER) {
                ctx.remove(FAILURE_HANDLER);
            }
            ctx.next();
        });
    }
}
