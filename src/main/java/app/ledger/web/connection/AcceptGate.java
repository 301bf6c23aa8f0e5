package app.ledger.web.connection;

import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.quarkus.logging.Log;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Sits on the listening socket and sees each accepted connection before anything is read from it: one
 * more than {@code ledger.http.max-connections-per-address} from one client address is closed at once;
 * the others get the request deadlines.
 */
@ChannelHandler.Sharable
final class AcceptGate extends ChannelInboundHandlerAdapter {

    static final String NAME = "ledgerAcceptGate";

    private final int maxPerAddress;
    private final Supplier<ChannelHandler> deadlines;
    private final Map<InetAddress, Integer> open = new ConcurrentHashMap<>();

    AcceptGate(int maxPerAddress, Supplier<ChannelHandler> deadlines) {
        this.maxPerAddress = maxPerAddress;
        this.deadlines = deadlines;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (msg instanceof Channel connection && connection.remoteAddress() instanceof InetSocketAddress remote) {
            InetAddress address = remote.getAddress();
            if (!tryOpen(address)) {
                Log.debugf("Refused a connection from %s: %d open already", address.getHostAddress(), maxPerAddress);
                // not registered with an event loop yet: close the socket directly, as Netty does on failure
                connection.unsafe().closeForcibly();
                return;
            }
            connection.closeFuture().addListener(closed -> release(address));
            connection.pipeline().addFirst(ExchangeDeadlines.NAME, deadlines.get());
        }
        ctx.fireChannelRead(msg);
    }

    int openFrom(InetAddress address) {
        return open.getOrDefault(address, 0);
    }

    private boolean tryOpen(InetAddress address) {
        boolean[] opened = {false};
        open.compute(address, (key, count) -> {
            int current = count == null ? 0 : count;
            if (current >= maxPerAddress) {
                return count;
            }
            opened[0] = true;
            return current + 1;
        });
        return opened[0];
    }

    private void release(InetAddress address) {
        open.computeIfPresent(address, (key, count) -> count <= 1 ? null : count - 1);
    }
}
