package nl.meedoen.push;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;

/**
 * The push services Meedoen sends to ({@code MEEDOEN_PUSH_SERVICES}): the ones of Chrome, Edge,
 * Firefox and Safari by default. The endpoint of a subscription is an address that the newcomer's
 * browser gives and the server then calls; keeping to known push services stops anyone from making
 * the server call an address of their choosing, such as one inside the municipality's network.
 */
@Singleton
class PushServices {

    static final String DEFAULT = "fcm.googleapis.com,updates.push.services.mozilla.com,push.apple.com,notify.windows.com";

    private final List<String> hosts;

    PushServices(@Value("${meedoen.push.services:" + DEFAULT + "}") List<String> hosts) {
        this.hosts = hosts.stream().map(host -> host.strip().toLowerCase(Locale.ROOT)).filter(host -> !host.isEmpty()).toList();
    }

    /** Checks an endpoint: https, no user or password in it, and a host that is a known push service or below one. */
    URI require(String endpoint) {
        URI uri;
        try {
            uri = new URI(endpoint);
        } catch (URISyntaxException e) {
            throw new SubscriptionRejected("endpoint: is not a valid address");
        }
        if (!"https".equals(uri.getScheme()) || uri.getHost() == null || uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
            throw new SubscriptionRejected("endpoint: must be an https address of a push service, without user or fragment");
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        if (hosts.stream().noneMatch(known -> host.equals(known) || host.endsWith("." + known))) {
            throw new SubscriptionRejected("endpoint: this push service is not one Meedoen sends to (" + String.join(", ", hosts) + ")");
        }
        return uri;
    }
}
