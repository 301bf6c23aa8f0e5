package app.ledger.web;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;

/**
 * Closes the connection of a request answered before its body was read (a body too large). Closing at once
 * would reset the connection while the client is still sending, and most clients then report the reset
 * instead of the answer already on its way. So what the client still sends is read and thrown away, at
 * most {@link #MAX_BYTES} and for at most {@link #MAX_MILLIS}, and the connection is closed when the body
 * ends or either bound is reached. Nothing is kept, so the cost stays bounded whoever sends.
 */
final class LingeringClose {

    static final long MAX_BYTES = 8L * 1024 * 1024;
    static final long MAX_MILLIS = 3_000;

    private LingeringClose() {
    }

    /** To be called once the answer has been sent. */
    static void afterAnswer(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        if (request.isEnded()) {
            request.connection().close();
            return;
        }
        long timer = ctx.vertx().setTimer(MAX_MILLIS, expired -> request.connection().close());
        long[] discarded = {0};
        request.exceptionHandler(ignored -> ctx.vertx().cancelTimer(timer));
        request.handler(chunk -> {
            discarded[0] += chunk.length();
            if (discarded[0] > MAX_BYTES) {
                ctx.vertx().cancelTimer(timer);
                request.connection().close();
            }
        });
        request.endHandler(ended -> {
            ctx.vertx().cancelTimer(timer);
            request.connection().close();
        });
        request.resume();
    }
}
