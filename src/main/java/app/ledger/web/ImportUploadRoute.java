package app.ledger.web;

import app.ledger.config.LedgerConfig;
import app.ledger.imports.upload.UploadReceiver;
import app.ledger.imports.upload.Uploads;
import app.ledger.problem.Problem;
import app.ledger.problem.ProblemException;
import io.quarkus.logging.Log;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClosedException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.impl.RoutingContextInternal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.nio.file.Path;
import java.util.List;

/**
 * Receives statement uploads ({@code POST /api/imports/inspect}, {@code POST /api/accounts/{id}/imports}),
 * which may be far larger than other request bodies ({@code ledger.import.max-bytes}). The credentials are
 * verified first, the session included, with the body still unread: a request without valid ones is
 * answered 401 and its connection closed. Then the body is streamed into a temporary file, which is deleted
 * when the request ends, and the resource finds it through {@link Uploads}. A body over the limit is answered
 * 413 and its connection closed once the rest has been thrown away, within the bounds of {@link LingeringClose}.
 */
@ApplicationScoped
public class ImportUploadRoute {

    /** Before the ECB upload's routes and the general body limit of {@link BodySizeLimit}. */
    private static final int ORDER = -8;

    static final List<String> PATHS = List.of("/api/imports/inspect", "/api/accounts/:accountId/imports");

    private final Vertx vertx;
    private final long maxBytes;

    public ImportUploadRoute(Vertx vertx, LedgerConfig config) {
        this.vertx = vertx;
        this.maxBytes = config.imports().maxBytes().asLongValue();
    }

    void install(@Observes Router router) {
        for (String path : PATHS) {
            router.post(path).order(ORDER).handler(this::receive);
        }
    }

    private void receive(RoutingContext ctx) {
        ctx.request().pause();
        authenticated(ctx).subscribe().with(admitted -> {
            if (admitted) {
                streamToFile(ctx);
            } else {
                refuse(ctx, StandardProblems.UNAUTHORIZED);
            }
        }, failure -> refuse(ctx, StandardProblems.UNAUTHORIZED));
    }

    /**
     * Whether the request's token (or session cookie) is valid and names a live session: the identity Quarkus
     * resolves lazily for this request, remembered for the resource. Without it (no authentication ran), at
     * least a token or the cookie must be present; the resource verifies them.
     */
    private static Uni<Boolean> authenticated(RoutingContext ctx) {
        Uni<SecurityIdentity> deferred = ctx.get(QuarkusHttpUser.DEFERRED_IDENTITY_KEY);
        if (deferred == null) {
            String authorization = ctx.request().getHeader(HttpHeaders.AUTHORIZATION);
            return Uni.createFrom().item(authorization != null || !ctx.request().cookies().isEmpty());
        }
        return deferred.map(identity -> identity != null && !identity.isAnonymous());
    }

    private void streamToFile(RoutingContext ctx) {
        vertx.fileSystem().createTempFile("ledger-import-", ".upload", "rw-------")
                .compose(name -> {
                    Path file = Path.of(name);
                    ctx.addEndHandler(ended -> vertx.fileSystem().delete(name));
                    return UploadReceiver.receive(vertx, ctx.request(), maxBytes, file);
                })
                .onSuccess(upload -> {
                    Uploads.attach(ctx, upload);
                    // the body has been read: the general body handler and Quarkus' Content-Length check skip it
                    ctx.request().headers().remove(HttpHeaders.CONTENT_LENGTH);
                    if (ctx instanceof RoutingContextInternal internal) {
                        internal.visitHandler(RoutingContextInternal.BODY_HANDLER);
                        internal.setBody(Buffer.buffer(0));
                    }
                    ctx.next();
                })
                .onFailure(failure -> {
                    if (failure instanceof HttpClosedException) {
                        return; // the client went away: nobody to answer
                    }
                    if (failure instanceof ProblemException problem) {
                        refuse(ctx, problem.toProblem());
                    } else {
                        Log.warnf(failure, "Could not receive a statement upload");
                        ctx.fail(500, failure);
                    }
                });
    }

    private static void refuse(RoutingContext ctx, Problem problem) {
        if (ctx.response().headWritten()) {
            return;
        }
        var response = ctx.response()
                .setStatusCode(problem.status())
                .putHeader("Content-Type", Problem.MEDIA_TYPE)
                .putHeader("Cache-Control", "no-store");
        if (problem.status() == 401) {
            response.putHeader("WWW-Authenticate", "Bearer");
        }
        // the body is left unread: the connection cannot serve another request. Without valid credentials it
        // is closed at once; a body too large is read to its end, within bounds, so the client sees the answer
        response.putHeader("Connection", "close")
                .end(Json.encode(problem))
                .onComplete(done -> {
                    if (problem.status() == 401) {
                        ctx.request().connection().close();
                    } else {
                        LingeringClose.afterAnswer(ctx);
                    }
                });
    }
}
