package app.ledger.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * Web origins ({@code scheme://host:port}) in one comparable form: lower case, brackets of IPv6 hosts
 * removed and the scheme's default port written out, so that {@code http://Example.com} and
 * {@code http://example.com:80} are the same origin.
 */
final class Origins {

    private Origins() {
    }

    /** The origin of an {@code Origin} header, or empty for {@code null} and anything that is not one. */
    static Optional<String> parse(String origin) {
        if (origin == null || origin.isBlank()) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(origin.strip());
            if (uri.getScheme() == null || uri.getHost() == null || uri.getRawUserInfo() != null
                    || !(uri.getRawPath() == null || uri.getRawPath().isEmpty())
                    || uri.getRawQuery() != null || uri.getRawFragment() != null) {
                return Optional.empty();
            }
            return Optional.of(of(uri.getScheme(), uri.getHost(), uri.getPort()));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** @param port -1 when the address names none */
    static String of(String scheme, String host, int port) {
        String lowerScheme = scheme.toLowerCase(Locale.ROOT);
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        int effectivePort = port >= 0 ? port : defaultPort(lowerScheme);
        return lowerScheme + "://" + bare.toLowerCase(Locale.ROOT) + ":" + effectivePort;
    }

    private static int defaultPort(String scheme) {
        return switch (scheme) {
            case "https", "wss" -> 443;
            case "http", "ws" -> 80;
            default -> -1;
        };
    }
}
