package nl.meedoen.web;

import io.micronaut.http.HttpRequest;

/** Where a request came from, for the audit log and for slowing down guessing. */
public final class ClientAddress {

    private ClientAddress() {
    }

    public static String of(HttpRequest<?> request) {
        return request.getRemoteAddress().getAddress().getHostAddress();
    }
}
