package nl.meedoen.web;

import io.micronaut.core.annotation.Order;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;

/** Works out once per request where it came from ({@link TrustedProxies}), before anything asks. */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
@Order(ClientAddressFilter.ORDER)
final class ClientAddressFilter {

    static final int ORDER = -1000;

    private final TrustedProxies proxies;

    ClientAddressFilter(TrustedProxies proxies) {
        this.proxies = proxies;
    }

    @RequestFilter
    void resolve(HttpRequest<?> request) {
        request.setAttribute(ClientAddress.ATTRIBUTE, proxies.client(request.getRemoteAddress().getAddress(),
                request.getHeaders().getAll("X-Forwarded-For")).getHostAddress());
    }
}
