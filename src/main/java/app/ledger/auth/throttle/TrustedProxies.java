package app.ledger.auth.throttle;

import io.netty.util.NetUtil;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * The proxies whose {@code X-Forwarded-For} is believed, from {@code quarkus.http.proxy.trusted-proxies}:
 * IP addresses, CIDR ranges ({@code 10.0.0.0/8}, {@code fd00::/8}) and host names, which are resolved once,
 * at start-up. A port in an entry is ignored: proxies connect from ports of their own choosing.
 */
final class TrustedProxies {

    private final List<Range> ranges;
    private final List<String> unresolved;

    private TrustedProxies(List<Range> ranges, List<String> unresolved) {
        this.ranges = ranges;
        this.unresolved = unresolved;
    }

    static TrustedProxies none() {
        return new TrustedProxies(List.of(), List.of());
    }

    /** {@code resolve} answers the addresses of a host name, or throws when it has none. */
    static TrustedProxies parse(List<String> entries, Function<String, InetAddress[]> resolve) {
        List<Range> ranges = new ArrayList<>();
        List<String> unresolved = new ArrayList<>();
        for (String raw : entries) {
            String entry = raw.trim();
            if (entry.isEmpty()) {
                continue;
            }
            int slash = entry.indexOf('/');
            if (slash >= 0) {
                ranges.add(cidr(entry, slash));
                continue;
            }
            String host = withoutPort(entry);
            InetAddress literal = ipLiteral(host);
            if (literal != null) {
                ranges.add(Range.of(literal, literal.getAddress().length * 8));
                continue;
            }
            try {
                for (InetAddress address : resolve.apply(host)) {
                    ranges.add(Range.of(address, address.getAddress().length * 8));
                }
            } catch (RuntimeException notResolvable) {
                unresolved.add(host);
            }
        }
        return new TrustedProxies(List.copyOf(ranges), List.copyOf(unresolved));
    }

    boolean isEmpty() {
        return ranges.isEmpty();
    }

    /** Host names that could not be resolved at start-up, and so are trusted nowhere. */
    List<String> unresolved() {
        return unresolved;
    }

    boolean contains(InetAddress address) {
        byte[] bytes = address.getAddress();
        for (Range range : ranges) {
            if (range.contains(bytes)) {
                return true;
            }
        }
        return false;
    }

    /** An IP address written as text, never looked up in DNS; {@code null} if the text is not one. */
    static InetAddress ipLiteral(String text) {
        String bare = text.startsWith("[") && text.endsWith("]") ? text.substring(1, text.length() - 1) : text;
        return NetUtil.createInetAddressFromIpAddressString(bare);
    }

    /** {@code host:port} and {@code [v6]:port} lose the port; a bare IPv6 address stays as it is. */
    static String withoutPort(String hostAndPort) {
        if (hostAndPort.startsWith("[")) {
            int end = hostAndPort.indexOf(']');
            return end > 0 ? hostAndPort.substring(1, end) : hostAndPort;
        }
        int colon = hostAndPort.indexOf(':');
        return colon >= 0 && colon == hostAndPort.lastIndexOf(':') ? hostAndPort.substring(0, colon) : hostAndPort;
    }

    private static Range cidr(String entry, int slash) {
        InetAddress network = ipLiteral(entry.substring(0, slash));
        int bits;
        try {
            bits = Integer.parseInt(entry.substring(slash + 1));
        } catch (NumberFormatException e) {
            bits = -1;
        }
        if (network == null || bits < 0 || bits > network.getAddress().length * 8) {
            throw new IllegalArgumentException("quarkus.http.proxy.trusted-proxies: \"" + entry
                    + "\" is not an address range such as 10.0.0.0/8");
        }
        return Range.of(network, bits);
    }

    private record Range(byte[] network, int bits) {

        static Range of(InetAddress address, int bits) {
            return new Range(address.getAddress(), bits);
        }

        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            int whole = bits / 8;
            if (!Arrays.equals(address, 0, whole, network, 0, whole)) {
                return false;
            }
            int rest = bits % 8;
            if (rest == 0) {
                return true;
            }
            int mask = 0xff << (8 - rest) & 0xff;
            return (address[whole] & mask) == (network[whole] & mask);
        }
    }
}
