package app.ledger.web.connection;

import io.quarkus.vertx.http.HttpServerOptionsCustomizer;
import io.vertx.core.http.HttpServerOptions;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Plain-text connections speak HTTP/1.1 only (no h2c upgrade or prior-knowledge HTTP/2, which browsers
 * never use over plain HTTP): Vert.x then sets up each connection's HTTP/1.1 decoder as soon as it is
 * accepted, where {@link ExchangeDeadlines} can watch it from the first byte. HTTP/2 over TLS is unchanged.
 */
@ApplicationScoped
public class CleartextHttp1 implements HttpServerOptionsCustomizer {

    @Override
    public void customizeHttpServer(HttpServerOptions options) {
        options.setHttp2ClearTextEnabled(false);
    }
}
