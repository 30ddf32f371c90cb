package nl.meedoen.web;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import org.jspecify.annotations.Nullable;

import java.net.InetAddress;
import java.util.Arrays;
import java.util.List;

/**
 * The proxies ({@code meedoen.trusted-proxies}: addresses or CIDR ranges, none by default) whose
 * {@code X-Forwarded-For} header is believed. The client is the first address, read from the right,
 * that is not one of them: a client can put anything in the header, but only what a trusted proxy
 * appended is read.
 */
@Singleton
public final class TrustedProxies {

    private final List<Range> ranges;

    public TrustedProxies(@Value("${meedoen.trusted-proxies:}") List<String> ranges) {
        this.ranges = ranges.stream().map(String::strip).filter(range -> !range.isEmpty()).map(Range::of).toList();
    }

    /** The client's address, given the direct peer and the values of every X-Forwarded-For header in order. */
    public InetAddress client(InetAddress peer, List<String> forwardedFor) {
        if (!trusted(peer)) {
            return peer;
        }
        List<String> hops = forwardedFor.stream().flatMap(header -> Arrays.stream(header.split(",")))
                .map(String::strip).filter(hop -> !hop.isEmpty()).toList();
        InetAddress client = peer;
        for (int i = hops.size() - 1; i >= 0; i--) {
            InetAddress hop = literal(hops.get(i));
            if (hop == null) {
                return client;
            }
            client = hop;
            if (!trusted(hop)) {
                return hop;
            }
        }
        return client;
    }

    private boolean trusted(InetAddress address) {
        return ranges.stream().anyMatch(range -> range.contains(address));
    }

    /** Only literal addresses count; a name in the header is never looked up. */
    private static @Nullable InetAddress literal(String hop) {
        String address = hop.startsWith("[") && hop.contains("]") ? hop.substring(1, hop.indexOf(']')) : hop;
        try {
            return InetAddress.ofLiteral(address);
        } catch (IllegalArgumentException notAnAddress) {
            return null;
        }
    }

    record Range(byte[] network, int prefix) {

        static Range of(String text) {
            int slash = text.indexOf('/');
            InetAddress address = InetAddress.ofLiteral(slash < 0 ? text : text.substring(0, slash));
            byte[] network = address.getAddress();
            int prefix = slash < 0 ? network.length * 8 : Integer.parseInt(text.substring(slash + 1));
            if (prefix < 0 || prefix > network.length * 8) {
                throw new IllegalArgumentException("meedoen.trusted-proxies: " + text + " has no valid prefix length");
            }
            return new Range(network, prefix);
        }

        boolean contains(InetAddress address) {
            byte[] bytes = address.getAddress();
            if (bytes.length != network.length) {
                return false;
            }
            for (int bit = 0; bit < prefix; bit++) {
                int mask = 0x80 >> (bit % 8);
                if ((bytes[bit / 8] & mask) != (network[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }
}
