package nl.meedoen.web;

import io.micronaut.core.annotation.Order;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/** Every API response says which version of the API produced it (API Design Rules: version header). */
@Order(PublishedResponseFilter.ORDER - 1)
@ServerFilter("/api/**")
final class ApiVersionFilter {

    public static final String HEADER = "API-Version";
    public static final String VERSION = "1.0.0";

    @ResponseFilter
    void addVersion(MutableHttpResponse<?> response) {
        response.header(HEADER, VERSION);
    }
}
