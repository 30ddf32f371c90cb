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
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;

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
        if ((route != null && route.getRouteInfo().getAnnotationMetadata().hasAnnotation(PublishedContent.class)) || (request.getMethod() != HttpMethod.GET && request.getMethod() != HttpMethod.HEAD) || response.getStatus() != HttpStatus.OK) {
            return;
        }
        boolean json = response.getContentType().map(type -> type.matches(MediaType.APPLICATION_JSON_TYPE)).orElse(true);
        Object body = response.getBody().orElse(null);
        if (body == null || !json || response.getHeaders().contains(HttpHeaders.ETAG)) {
            return;
        }
        byte[] bytes = body instanceof byte[] raw ? raw : serialise(body);
        String etag = "\"" + digest(bytes) + "\"";
        response.header(HttpHeaders.ETAG, etag);
        if (matches(request.getHeaders().get(HttpHeaders.IF_NONE_MATCH), etag)) {
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

    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        return Arrays.stream(ifNoneMatch.split(","))
                .map(String::trim)
                .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
                .anyMatch(tag -> tag.equals(etag) || tag.equals("*"));
    }

    private static String digest(byte[] bytes) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(bytes);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash).substring(0, 27);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
