package app.ledger.rate.ecb;

import app.ledger.config.LedgerConfig;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;

/**
 * Fetches the reference rates file over HTTP without blocking: at most {@code ledger.rates.ecb.max-bytes}
 * (a larger answer is cut off at once), within {@code ledger.rates.ecb.fetch-timeout} for the whole exchange.
 */
@ApplicationScoped
public class EcbFetcher {

    private final Vertx vertx;
    private final long maxBytes;
    private final Duration timeout;
    private volatile HttpClient client;

    public EcbFetcher(Vertx vertx, LedgerConfig config) {
        this.vertx = vertx;
        this.maxBytes = config.rates().ecb().maxBytes();
        this.timeout = config.rates().ecb().fetchTimeout();
    }

    /** The body of a 200 answer from the URL, on the caller's Vert.x context. */
    public Uni<byte[]> fetch(String url) {
        Context caller = Vertx.currentContext();
        Uni<byte[]> body = Uni.createFrom().completionStage(() -> download(url).toCompletionStage());
        return caller == null ? body : body.emitOn(task -> caller.runOnContext(ignored -> task.run()));
    }

    private Future<byte[]> download(String url) {
        Promise<byte[]> result = Promise.promise();
        RequestOptions options = new RequestOptions().setMethod(HttpMethod.GET).setAbsoluteURI(url)
                .setFollowRedirects(true)
                .setConnectTimeout(timeout.toMillis())
                .setIdleTimeout(timeout.toMillis())
                .putHeader("Accept", "application/xml, text/xml");
        long deadline = vertx.setTimer(timeout.toMillis(), id -> result.tryFail(
                new EcbFetchException("No complete answer from " + url + " within " + timeout + ".")));
        client().request(options).onComplete(requested -> {
            if (requested.failed()) {
                result.tryFail(requested.cause());
                return;
            }
            HttpClientRequest request = requested.result();
            result.future().onFailure(failed -> request.reset());
            request.send().onComplete(sent -> {
                if (sent.failed()) {
                    result.tryFail(sent.cause());
                } else {
                    read(url, sent.result(), result);
                }
            });
        });
        return result.future().onComplete(done -> vertx.cancelTimer(deadline));
    }

    private void read(String url, HttpClientResponse response, Promise<byte[]> result) {
        if (response.statusCode() != 200) {
            result.tryFail(new EcbFetchException(url + " answered " + response.statusCode() + "."));
            return;
        }
        String length = response.getHeader("Content-Length");
        if (length != null && length.matches("[0-9]{1,19}") && Long.parseLong(length) > maxBytes) {
            result.tryFail(tooLarge(url));
            return;
        }
        Buffer body = Buffer.buffer();
        response.handler(chunk -> {
            if (body.length() + (long) chunk.length() > maxBytes) {
                result.tryFail(tooLarge(url));
            } else if (!result.future().isComplete()) {
                body.appendBuffer(chunk);
            }
        });
        response.exceptionHandler(result::tryFail);
        response.endHandler(end -> result.tryComplete(body.getBytes()));
    }

    private EcbFetchException tooLarge(String url) {
        return new EcbFetchException("The file at " + url + " is larger than ledger.rates.ecb.max-bytes ("
                + maxBytes + " bytes).");
    }

    private HttpClient client() {
        HttpClient current = client;
        if (current == null) {
            synchronized (this) {
                if (client == null) {
                    client = vertx.createHttpClient(new HttpClientOptions().setMaxPoolSize(1).setKeepAlive(false));
                }
                current = client;
            }
        }
        return current;
    }

    @PreDestroy
    void close() {
        HttpClient current = client;
        if (current != null) {
            current.close();
        }
    }
}
