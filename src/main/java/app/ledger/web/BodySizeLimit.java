package app.ledger.web;

import app.ledger.config.LedgerConfig;
import app.ledger.problem.Problem;
import app.ledger.rate.ecb.EcbResource;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClosedException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.ext.web.impl.RoutingContextInternal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reads API request bodies, at most {@code quarkus.http.limits.max-body-size}, before the REST layer
 * sees them, and answers a larger one with a 413 problem: at once when Content-Length says so, as soon as
 * the limit is passed when the body comes in chunks. (Quarkus' own checks answer 413 with an empty body,
 * and a chunked body over the limit also made the REST layer log an internal error.) The connection is
 * closed after the answer, once what the client still sends has been thrown away ({@link LingeringClose}). A body is read on the event loop
 * as it arrives, so a slow one holds no worker thread.
 */
@ApplicationScoped
public class BodySizeLimit {

    /** Before Quarkus' own Content-Length check, which has order -2. */
    private static final int ORDER = -3;

    static final Problem TOO_LARGE = new Problem(Problem.type("body-too-large"), "Request body too large", 413,
            "The request body is larger than this service accepts.", List.of());

    private final long maxBodySize;
    private final long maxRatesFileSize;
    private final Problem ratesFileTooLarge;
    private final String sessionCookie;

    public BodySizeLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K")
            MemorySize maxBodySize, LedgerConfig config,
            @ConfigProperty(name = "mp.jwt.token.cookie") String sessionCookie) {
        this.maxBodySize = maxBodySize.asLongValue();
        this.sessionCookie = sessionCookie;
        this.maxRatesFileSize = config.rates().ecb().maxBytes();
        this.ratesFileTooLarge = new Problem(TOO_LARGE.type(), TOO_LARGE.title(), 413, "The rates file is larger "
                + "than this service accepts (ledger.rates.ecb.max-bytes, " + maxRatesFileSize + " bytes).", List.of());
    }

    void install(@Observes Router router) {
        // A rates file may be larger than other bodies. Its body is read here, before the general limit;
        // Quarkus' own check of Content-Length against the general limit (order -2) would then refuse what
        // was read within this one, so the header, which has served its purpose, is removed.
        router.post("/api" + EcbResource.PATH).order(ORDER - 2).handler(this::credentialsFirst);
        router.post("/api" + EcbResource.PATH).order(ORDER - 1)
                .handler(BodyHandler.create(false).setBodyLimit(maxRatesFileSize).setMergeFormAttributes(false))
                .handler(ctx -> {
                    ctx.request().headers().remove(HttpHeaders.CONTENT_LENGTH);
                    emptyIsABody(ctx);
                })
                .failureHandler(ctx -> tooLarge(ctx, ratesFileTooLarge));
        router.route("/api/*").order(ORDER)
                .handler(BodyHandler.create(false).setBodyLimit(maxBodySize).setMergeFormAttributes(false))
                .handler(BodySizeLimit::emptyIsABody)
                .failureHandler(ctx -> tooLarge(ctx, TOO_LARGE));
    }

    /**
     * A rates file is larger than other bodies, so it is read only for a request that carries a token or the
     * session cookie; the resource verifies them afterwards. A request without either is answered at once.
     */
    private void credentialsFirst(RoutingContext ctx) {
        String authorization = ctx.request().getHeader(HttpHeaders.AUTHORIZATION);
        boolean bearer = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
        if (bearer || ctx.request().getCookie(sessionCookie) != null) {
            ctx.next();
            return;
        }
        ctx.response()
                .setStatusCode(401)
                .putHeader("Content-Type", Problem.MEDIA_TYPE)
                .putHeader("WWW-Authenticate", "Bearer")
                .putHeader("Connection", "close")
                .end(Json.encode(StandardProblems.UNAUTHORIZED))
                .onComplete(done -> ctx.request().connection().close());
    }

    /**
     * The body handler leaves an empty body unset, and Quarkus REST takes an unset body for one not read
     * yet: it would wait for the end of a request that has already ended. An empty body is set as such.
     */
    private static void emptyIsABody(RoutingContext ctx) {
        if (ctx.body().buffer() == null && ctx instanceof RoutingContextInternal internal) {
            internal.setBody(Buffer.buffer(0));
        }
        ctx.next();
    }

    private static void tooLarge(RoutingContext ctx, Problem problem) {
        if (ctx.failure() instanceof HttpClosedException) {
            return; // the client went away (or was cut off for sending too slowly): nobody to answer
        }
        if (ctx.statusCode() != 413 || ctx.response().headWritten()) {
            ctx.next();
            return;
        }
        ctx.response()
                .setStatusCode(413)
                .putHeader("Content-Type", Problem.MEDIA_TYPE)
                .putHeader("Connection", "close")
                .end(Json.encode(problem))
                .onComplete(done -> LingeringClose.afterAnswer(ctx));
    }
}
