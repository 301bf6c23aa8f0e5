package app.ledger.auth.throttle;

import io.quarkus.logging.Log;
import io.quarkus.runtime.Startup;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The address a request is counted under by login throttling and registration limits.
 *
 * <p>Without proxy forwarding it is the peer that opened the connection. With
 * {@code quarkus.http.proxy.proxy-address-forwarding=true}, {@code X-Forwarded-For} is read only when that
 * peer is one of {@code quarkus.http.proxy.trusted-proxies}, and from the right: every trusted proxy appends
 * the address it saw, so the right-most entry that is not itself a trusted proxy is the client. Entries to
 * its left were written by the client and prove nothing. (Quarkus' own forwarding takes the left-most entry,
 * and without a trusted-proxies list believes anyone, which is why the peer is taken from the connection.)
 *
 * <p>IPv6 clients are counted by their /64 network, the block one subscriber usually holds.
 */
@Startup
@ApplicationScoped
public class ClientAddresses {

    private static final String FORWARDING = "quarkus.http.proxy.proxy-address-forwarding";
    private static final String TRUSTED = "quarkus.http.proxy.trusted-proxies";

    private final boolean forwarding;
    private final TrustedProxies trusted;

    @Inject
    public ClientAddresses(@ConfigProperty(name = FORWARDING, defaultValue = "false") boolean forwarding,
            @ConfigProperty(name = TRUSTED) Optional<List<String>> trustedProxies) {
        this(forwarding, forwarding
                ? TrustedProxies.parse(trustedProxies.orElse(List.of()), ClientAddresses::lookUp)
                : TrustedProxies.none());
        if (forwarding && trusted.isEmpty()) {
            Log.warnf("%s is true but %s names no proxy: X-Forwarded-For is ignored for login throttling and"
                    + " registration limits. Set %s to the address of your reverse proxy.", FORWARDING, TRUSTED,
                    TRUSTED);
        }
        if (!trusted.unresolved().isEmpty()) {
            Log.warnf("%s: cannot resolve %s; not trusted", TRUSTED, trusted.unresolved());
        }
    }

    ClientAddresses(boolean forwarding, TrustedProxies trusted) {
        this.forwarding = forwarding;
        this.trusted = trusted;
    }

    public String of(HttpServerRequest request) {
        // the connection's peer: request.remoteAddress() may already be rewritten from the headers
        SocketAddress peer = request.connection() != null ? request.connection().remoteAddress()
                : request.remoteAddress();
        String host = peer == null ? null : peer.hostAddress();
        return resolve(host == null ? "unknown" : host, request.headers().getAll("X-Forwarded-For"));
    }

    /** {@code forwardedFor}: the header's values in the order received. */
    String resolve(String peer, List<String> forwardedFor) {
        InetAddress client = TrustedProxies.ipLiteral(peer);
        if (client == null) {
            return peer;
        }
        if (forwarding && trusted.contains(client)) {
            List<String> hops = hops(forwardedFor);
            for (int i = hops.size() - 1; i >= 0; i--) {
                InetAddress hop = TrustedProxies.ipLiteral(TrustedProxies.withoutPort(hops.get(i)));
                if (hop == null) {
                    break; // not an address: the last one known for sure stands
                }
                client = hop;
                if (!trusted.contains(hop)) {
                    break;
                }
            }
        }
        return render(client);
    }

    private static List<String> hops(List<String> headers) {
        List<String> hops = new ArrayList<>();
        for (String header : headers) {
            for (String hop : header.split(",")) {
                if (!hop.isBlank()) {
                    hops.add(hop.trim());
                }
            }
        }
        return hops;
    }

    private static String render(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (bytes.length == 4) {
            return address.getHostAddress();
        }
        StringBuilder network = new StringBuilder();
        for (int i = 0; i < 8; i += 2) {
            network.append(Integer.toHexString((bytes[i] & 0xff) << 8 | bytes[i + 1] & 0xff)).append(':');
        }
        return network.append(":/64").toString();
    }

    private static InetAddress[] lookUp(String host) {
        try {
            return InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
