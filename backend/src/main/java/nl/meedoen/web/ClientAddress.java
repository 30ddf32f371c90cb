package nl.meedoen.web;

import io.micronaut.http.HttpRequest;

/**
 * Where a request came from, for the audit log and for slowing down guessing: the direct peer, or the
 * client a trusted proxy names in {@code X-Forwarded-For} ({@link TrustedProxies}).
 */
public final class ClientAddress {

    static final String ATTRIBUTE = "meedoen.client-address";

    private ClientAddress() {
    }

    public static String of(HttpRequest<?> request) {
        return request.getAttribute(ATTRIBUTE, String.class)
                .orElseGet(() -> request.getRemoteAddress().getAddress().getHostAddress());
    }
}
