package app.ledger.web.connection;

import io.netty.channel.Channel;
import io.quarkus.runtime.annotations.RegisterForReflection;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.impl.HttpServerImpl;
import io.vertx.core.impl.VertxInternal;
import io.vertx.core.net.impl.ServerID;
import io.vertx.core.net.impl.TCPServerBase;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The listening sockets of the HTTP servers Quarkus started. Neither Quarkus nor Vert.x lets an
 * application handle a connection before its first request is decoded (Quarkus takes the only
 * connection handler for its global limit and sets no invalid-request handler), so this reaches into
 * Vert.x 4's server for its bound channel; its pipeline sees every accepted connection. Read with
 * reflection, checked by the tests that need it (SlowClientsTest) whenever Vert.x is upgraded.
 */
@RegisterForReflection(targets = TCPServerBase.class, fields = true, methods = false)
final class ListeningChannels {

    private ListeningChannels() {
    }

    static List<Channel> of(Vertx vertx) {
        Map<ServerID, HttpServerImpl> servers = ((VertxInternal) vertx).sharedHttpServers();
        List<Channel> channels = new ArrayList<>();
        try {
            Field bindFuture = TCPServerBase.class.getDeclaredField("bindFuture");
            bindFuture.setAccessible(true);
            synchronized (servers) {
                for (HttpServerImpl server : servers.values()) {
                    Future<?> bound = (Future<?>) bindFuture.get(server);
                    if (bound != null && bound.succeeded() && bound.result() instanceof Channel channel) {
                        channels.add(channel);
                    }
                }
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("Cannot find the HTTP server's listening socket in this Vert.x version", e);
        }
        return channels;
    }
}
