package app.ledger.web;

import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;

/**
 * Requests under {@code /api} that no resource matches fall through REST to the router; answer them
 * with a problem instead of the default HTML page.
 */
@ApplicationScoped
public class ApiFallbackRoutes {

    void install(@Observes Router router) {
        router.route("/api/*").order(Integer.MAX_VALUE - 10).handler(ctx -> ctx.response()
                .setStatusCode(404)
                .putHeader("Content-Type", Problem.MEDIA_TYPE)
                .end(Json.encode(new Problem(Problem.type("not-found"), "Not found", 404,
                        "There is nothing at this address.", List.of()))));
    }
}
