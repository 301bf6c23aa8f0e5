package app.ledger.auth.throttle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which address a request is counted under, for every shape of X-Forwarded-For. */
class ClientAddressesTest {

    private static TrustedProxies trusting(String... entries) {
        return TrustedProxies.parse(List.of(entries), host -> {
            if (host.equals("proxy.internal")) {
                try {
                    return new InetAddress[] {InetAddress.getByAddress(host, new byte[] {10, 0, 0, 9})};
                } catch (UnknownHostException e) {
                    throw new IllegalStateException(e);
                }
            }
            throw new IllegalArgumentException("unknown host " + host);
        });
    }

    private static final ClientAddresses BEHIND_PROXIES = new ClientAddresses(true,
            trusting("127.0.0.1", "10.0.0.0/8", "[fd00::1]:8443", "proxy.internal"));

    @Test
    void withoutForwardingTheHeaderIsIgnored() {
        ClientAddresses direct = new ClientAddresses(false, TrustedProxies.none());
        assertThat(direct.resolve("198.51.100.7", List.of("203.0.113.9"))).isEqualTo("198.51.100.7");
    }

    @Test
    void forwardingWithoutTrustedProxiesBelievesNobody() {
        ClientAddresses open = new ClientAddresses(true, trusting());
        assertThat(open.resolve("198.51.100.7", List.of("203.0.113.9"))).isEqualTo("198.51.100.7");
    }

    @Test
    void aPeerThatIsNoTrustedProxyCannotChooseItsAddress() {
        ClientAddresses elsewhere = new ClientAddresses(true, trusting("10.0.0.1"));
        assertThat(elsewhere.resolve("127.0.0.1", List.of("203.0.113.9"))).isEqualTo("127.0.0.1");
        assertThat(BEHIND_PROXIES.resolve("198.51.100.7", List.of("203.0.113.9, 10.0.0.2")))
                .isEqualTo("198.51.100.7");
    }

    @Test
    void theRightmostAddressThatIsNoTrustedProxyIsTheClient() {
        assertThat(BEHIND_PROXIES.resolve("127.0.0.1", List.of("203.0.113.7"))).isEqualTo("203.0.113.7");
        assertThat(BEHIND_PROXIES.resolve("127.0.0.1", List.of("spoofed, 203.0.113.7"))).isEqualTo("203.0.113.7");
        assertThat(BEHIND_PROXIES.resolve("127.0.0.1", List.of("198.18.0.1, 203.0.113.7, 10.1.2.3")))
                .isEqualTo("203.0.113.7");
        assertThat(BEHIND_PROXIES.resolve("10.0.0.9", List.of("198.18.0.1", "203.0.113.7:4711, 10.0.0.5")))
                .as("several header lines, a port, a proxy known by name").isEqualTo("203.0.113.7");
    }

    @Test
    void whenEveryHopIsTrustedTheLeftmostIsTheClient() {
        assertThat(BEHIND_PROXIES.resolve("127.0.0.1", List.of("10.0.0.3, 10.0.0.4"))).isEqualTo("10.0.0.3");
        assertThat(BEHIND_PROXIES.resolve("127.0.0.1", List.of())).isEqualTo("127.0.0.1");
    }

    @Test
    void anEntryThatIsNoAddressEndsTheWalkAtTheLastAddressKnown() {
        assertThat(BEHIND_PROXIES.resolve("127.0.0.1", List.of("203.0.113.7, unknown, 10.0.0.4")))
                .isEqualTo("10.0.0.4");
        assertThat(BEHIND_PROXIES.resolve("127.0.0.1", List.of("x".repeat(10_000)))).isEqualTo("127.0.0.1");
    }

    @Test
    void ipv6ClientsAreCountedByTheirSlash64() {
        assertThat(BEHIND_PROXIES.resolve("fd00::1", List.of("2001:db8:1:2:aaaa::1")))
                .isEqualTo("2001:db8:1:2::/64")
                .isEqualTo(BEHIND_PROXIES.resolve("fd00::1", List.of("[2001:db8:1:2:bbbb::2]:443")));
        assertThat(BEHIND_PROXIES.resolve("2001:db8:9::5", List.of())).isEqualTo("2001:db8:9:0::/64");
    }

    @Test
    void rangesMatchByPrefix() {
        TrustedProxies proxies = trusting("192.168.16.0/20", "fd00::/8", "nowhere.invalid");
        assertThat(proxies.contains(TrustedProxies.ipLiteral("192.168.31.255"))).isTrue();
        assertThat(proxies.contains(TrustedProxies.ipLiteral("192.168.32.0"))).isFalse();
        assertThat(proxies.contains(TrustedProxies.ipLiteral("fdff::1"))).isTrue();
        assertThat(proxies.contains(TrustedProxies.ipLiteral("fe00::1"))).isFalse();
        assertThat(proxies.unresolved()).containsExactly("nowhere.invalid");
        assertThatThrownBy(() -> trusting("10.0.0.0/33")).hasMessageContaining("trusted-proxies");
    }
}
