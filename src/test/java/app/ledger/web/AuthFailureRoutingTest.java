package app.ledger.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import app.ledger.support.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/**
 * The authentication failure handler a request carries past Quarkus REST's filter is {@link AuthFailureRouting}'s:
 * so that filter did not run its per-request route lookup, and had it run first, it would have put its own.
 * Failures still reach the problem mapper.
 */
@QuarkusTest
class AuthFailureRoutingTest {

    /** The failure handler each path carried just after Quarkus REST's filter (order -199). */
    static final Map<String, Object> SEEN = new ConcurrentHashMap<>();

    @ApplicationScoped
    static class Recorder {
        void install(@Observes Router router) {
            router.route().order(-198).handler(ctx -> {
                Object handler = ctx.get(AuthFailureRouting.FAILURE_HANDLER);
                SEEN.put(ctx.normalizedPath(), handler == null ? "none" : handler);
                ctx.next();
            });
        }
    }

    @Test
    void anAuthenticatedRequestPassesTheRestFilterWithTheHandlerThatSkipsItsLookup() {
        String token = Api.newUser();
        Api.as(token).get("/api/me").then().statusCode(200);
        assertThat(SEEN.get("/api/me")).isSameAs(AuthFailureRouting.INTO_REST_LAYER);
    }

    @Test
    void missingAndForgedCredentialsAreStillProblemResponses() {
        given().get("/api/accounts").then().statusCode(401)
                .contentType("application/problem+json").body("type", equalTo("/problems/unauthorized"));
        given().header("Authorization", "Bearer not.a.token").get("/api/accounts").then().statusCode(401)
                .contentType("application/problem+json").body("type", equalTo("/problems/unauthorized"));
        assertThat(SEEN.get("/api/accounts")).isSameAs(AuthFailureRouting.INTO_REST_LAYER);
    }
}
