package app.ledger.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import app.ledger.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * The authentication failure handler a request carries past Quarkus REST's filter is {@link AuthFailureRouting}'s:
 * so that filter did not run its per-request route lookup (had it run first, it would have put its own). The
 * REST layer gets the request without it, as it would have got it without its own, so a failure there is
 * answered once: with a problem, and no error about a second answer.
 */
@QuarkusTest
class AuthFailureRoutingTest {

    /** The failure handler each path carried just after Quarkus REST's filter (order -199). */
    static final Map<String, Object> AFTER_FILTER = new ConcurrentHashMap<>();
    /** … and as the REST layer's route (order 20,500) finds it. */
    static final Map<String, Object> AT_REST_LAYER = new ConcurrentHashMap<>();

    @ApplicationScoped
    static class Recorder {
        void install(@Observes Router router) {
            router.route().order(-198).handler(ctx -> record(ctx, AFTER_FILTER));
            router.route("/api/*").order(0).handler(ctx -> record(ctx, AT_REST_LAYER));
        }

        private static void record(RoutingContext ctx, Map<String, Object> seen) {
            Object handler = ctx.get(AuthFailureRouting.FAILURE_HANDLER);
            seen.put(ctx.normalizedPath(), handler == null ? "none" : handler);
            ctx.next();
        }
    }

    @Test
    void anAuthenticatedRequestPassesTheRestFilterWithTheHandlerThatSkipsItsLookup() {
        String token = Api.newUser();
        Api.as(token).get("/api/me").then().statusCode(200);
        assertThat(AFTER_FILTER.get("/api/me")).isSameAs(AuthFailureRouting.INTO_REST_LAYER);
        assertThat(AT_REST_LAYER.get("/api/me")).isEqualTo("none");
    }

    @Test
    void missingAndForgedCredentialsAreAnsweredOnceWithAProblem() throws InterruptedException {
        List<LogRecord> errors = new CopyOnWriteArrayList<>();
        Handler collector = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                    errors.add(record);
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger quarkus = Logger.getLogger("io.quarkus");
        quarkus.addHandler(collector);
        try {
            given().get("/api/accounts").then().statusCode(401)
                    .contentType("application/problem+json").body("type", equalTo("/problems/unauthorized"));
            for (String forged : List.of("not.a.token", "eyJhbGciOiJSUzI1NiJ9.e30.c2lnbmF0dXJl")) {
                given().header("Authorization", "Bearer " + forged).get("/api/accounts").then().statusCode(401)
                        .contentType("application/problem+json").body("type", equalTo("/problems/unauthorized"));
            }
            Thread.sleep(300); // a second answer would be attempted, and refused with an error, just after the first
        } finally {
            quarkus.removeHandler(collector);
        }
        assertThat(errors).extracting(LogRecord::getMessage).isEmpty();
        assertThat(AFTER_FILTER.get("/api/accounts")).isSameAs(AuthFailureRouting.INTO_REST_LAYER);
        assertThat(AT_REST_LAYER.get("/api/accounts")).isEqualTo("none");
    }
}
