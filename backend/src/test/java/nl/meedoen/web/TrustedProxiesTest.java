package nl.meedoen.web;

import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Whose X-Forwarded-For is believed, and which address in it is the client. */
class TrustedProxiesTest {

    private static final InetAddress PROXY = InetAddress.ofLiteral("10.1.2.3");
    private static final InetAddress STRANGER = InetAddress.ofLiteral("198.51.100.9");

    @Test
    void withoutTrustedProxiesTheHeaderIsIgnored() {
        assertEquals(PROXY, new TrustedProxies(List.of()).client(PROXY, List.of("203.0.113.7")));
    }

    @Test
    void behindATrustedProxyTheClientItAppendedCounts() {
        TrustedProxies proxies = new TrustedProxies(List.of("10.0.0.0/8", "2001:db8::/32"));

        assertEquals(InetAddress.ofLiteral("203.0.113.7"), proxies.client(PROXY, List.of("203.0.113.7")));
        assertEquals(InetAddress.ofLiteral("203.0.113.7"), proxies.client(PROXY, List.of("192.0.2.1, 203.0.113.7")),
                "what the client wrote itself, left of the proxy's entry, is not believed");
        assertEquals(InetAddress.ofLiteral("203.0.113.7"), proxies.client(PROXY, List.of("192.0.2.1", "203.0.113.7, 10.9.9.9")),
                "a chain of trusted proxies is followed, over several headers");
        assertEquals(InetAddress.ofLiteral("2001:db8::1"), proxies.client(InetAddress.ofLiteral("2001:db8::5"), List.of("[2001:db8::1]")));
        assertEquals(PROXY, proxies.client(PROXY, List.of()), "no header: the proxy itself");
        assertEquals(PROXY, proxies.client(PROXY, List.of("not-an-address")), "a name is never looked up");
    }

    @Test
    void aPeerThatIsNotTrustedCannotNameAnotherClient() {
        TrustedProxies proxies = new TrustedProxies(List.of("10.0.0.0/8"));

        assertEquals(STRANGER, proxies.client(STRANGER, List.of("203.0.113.7")));
    }

    @Test
    void aRangeWithoutAValidPrefixStopsTheStart() {
        assertThrows(IllegalArgumentException.class, () -> new TrustedProxies(List.of("10.0.0.0/33")));
    }
}
