package nl.meedoen.web;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.json.JsonMapper;
import io.micronaut.web.router.RouteMatch;
import org.jspecify.annotations.Nullable;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Strong ETags for successful JSON reads under the API, computed from the exact bytes sent, and
 * {@code 304 Not Modified} when the client already has them. Phones on prepaid data then only
 * download what changed. Published content has its own, kept ETags ({@link PublishedResponseFilter}).
 */
@ServerFilter("/api/v1/**")
final class ConditionalGetFilter {

    private final JsonMapper jsonMapper;

    ConditionalGetFilter(JsonMapper jsonMapper) {
        this.jsonMapper = jsonMapper;
    }

    @ResponseFilter
    void tag(HttpRequest<?> request, MutableHttpResponse<?> response, @Nullable RouteMatch<?> route) {
        boolean published = route != null && route.getRouteInfo().getAnnotationMetadata().hasAnnotation(PublishedContent.class);
        boolean read = request.getMethod() == HttpMethod.GET || request.getMethod() == HttpMethod.HEAD;
        if (published || !read || response.getStatus() != HttpStatus.OK) {
            return;
        }
        boolean json = response.getContentType().map(type -> type.matches(MediaType.APPLICATION_JSON_TYPE)).orElse(true);
        Object body = response.getBody().orElse(null);
        if (body == null || !json || response.getHeaders().contains(HttpHeaders.ETAG)) {
            return;
        }
        byte[] bytes = body instanceof byte[] raw ? raw : serialise(body);
        String etag = ETags.strong(bytes, "");
        response.header(HttpHeaders.ETAG, etag);
        if (ETags.matches(request.getHeaders().get(HttpHeaders.IF_NONE_MATCH), etag)) {
            response.status(HttpStatus.NOT_MODIFIED);
            response.body(null);
        } else {
            response.contentType(MediaType.APPLICATION_JSON_TYPE);
            ((MutableHttpResponse<Object>) response).body(bytes);
        }
    }

    private byte[] serialise(Object body) {
        try {
            return jsonMapper.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
