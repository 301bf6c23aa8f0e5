package app.ledger.web.connection;

import app.ledger.config.LedgerConfig;
import io.netty.channel.Channel;
import io.quarkus.logging.Log;
import io.quarkus.vertx.http.HttpServerStart;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.ObservesAsync;
import java.net.InetAddress;
import java.time.Duration;

/**
 * Puts the connection limits on the HTTP server as soon as it listens: at most
 * {@code ledger.http.max-connections-per-address} open connections per client address, and the request
 * deadlines of {@link ExchangeDeadlines} on each connection.
 */
@ApplicationScoped
public class ConnectionGuard {

    private final Vertx vertx;
    private final AcceptGate gate;
    private volatile boolean installed;

    public ConnectionGuard(Vertx vertx, LedgerConfig config) {
        this.vertx = vertx;
        Duration header = config.http().headerTimeout();
        Duration body = config.http().bodyTimeout();
        this.gate = new AcceptGate(config.http().maxConnectionsPerAddress(), () -> new ExchangeDeadlines(header, body));
    }

    void serverStarted(@ObservesAsync HttpServerStart started) {
        install();
    }

    synchronized void install() {
        try {
            for (Channel listening : ListeningChannels.of(vertx)) {
                if (listening.pipeline().get(AcceptGate.NAME) == null) {
                    listening.pipeline().addFirst(AcceptGate.NAME, gate);
                }
            }
            installed = true;
        } catch (RuntimeException e) {
            Log.error("The per-address connection limit and the request deadlines are NOT active", e);
        }
    }

    /** Whether the limits are on the listening socket (they are put there just after start-up). */
    public boolean installed() {
        return installed;
    }

    /** Open connections from one client address. */
    public int openFrom(InetAddress address) {
        return gate.openFrom(address);
    }
}
