package nl.meedoen.web;

import io.micronaut.core.annotation.AnnotationMetadata;
import io.micronaut.core.annotation.Order;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.web.router.RouteMatch;
import org.jspecify.annotations.Nullable;

/**
 * Keeps personal data and tokens out of every cache: an API answer may only be stored by a browser,
 * proxy or service worker when its operation says it holds no personal data. The API is closed by
 * default, so a new endpoint that forgets to think about caching stays safe. Runs around the sign-in
 * checks, so that refusals carry the header too.
 */
@Order(PublishedResponseFilter.ORDER - 1)
@ServerFilter("/api/**")
final class NoStoreFilter {

    @ResponseFilter
    void noStore(MutableHttpResponse<?> response, @Nullable RouteMatch<?> route) {
        if (route != null && holdsNoPersonalData(route.getRouteInfo().getAnnotationMetadata())) {
            return;
        }
        response.getHeaders().set(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    static boolean holdsNoPersonalData(AnnotationMetadata operation) {
        return operation.hasAnnotation(PublishedContent.class) || operation.hasAnnotation(NoPersonalData.class);
    }
}
