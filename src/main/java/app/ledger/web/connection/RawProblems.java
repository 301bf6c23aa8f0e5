package app.ledger.web.connection;

import app.ledger.problem.Problem;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import io.vertx.core.json.Json;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Problem answers written straight to a connection, for requests that never reach a route: a head that
 * could not be decoded, or one that did not arrive in time. Each one closes the connection.
 */
final class RawProblems {

    private RawProblems() {
    }

    /** For a request head the HTTP decoder refused: too long, or not valid HTTP. */
    static FullHttpResponse invalidRequest(Throwable cause) {
        if (cause instanceof TooLongHttpHeaderException) {
            return of(431, "headers-too-large", "Request headers too large",
                    "The request's headers are larger than this service accepts.");
        }
        if (cause instanceof TooLongHttpLineException) {
            return of(414, "address-too-long", "Request address too long",
                    "The request's first line (method and address) is longer than this service accepts.");
        }
        return of(400, "malformed-request", "Malformed request", "The request is not valid HTTP.");
    }

    static FullHttpResponse headTimeout() {
        return of(408, "request-timeout", "Request timeout",
                "The request did not arrive in time; the connection is closed.");
    }

    static FullHttpResponse of(int status, String slug, String title, String detail) {
        byte[] body = Json.encode(new Problem(Problem.type(slug), title, status, detail, List.of()))
                .getBytes(StandardCharsets.UTF_8);
        FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1,
                HttpResponseStatus.valueOf(status), Unpooled.wrappedBuffer(body));
        response.headers()
                .set(HttpHeaderNames.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .set(HttpHeaderNames.CONTENT_LENGTH, body.length)
                .set(HttpHeaderNames.CONNECTION, "close")
                .set(HttpHeaderNames.CACHE_CONTROL, "no-store")
                .set("X-Content-Type-Options", "nosniff");
        return response;
    }
}
