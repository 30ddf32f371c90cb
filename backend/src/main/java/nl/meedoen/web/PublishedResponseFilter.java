package nl.meedoen.web;

import io.micronaut.core.annotation.Order;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpHeaders;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.json.JsonMapper;
import io.micronaut.web.router.RouteMatch;
import org.jspecify.annotations.Nullable;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Serves {@link PublishedContent} reads from memory: the first request for an address makes the
 * answer (controller, JSON, gzip, ETag) and keeps it; later ones get the kept bytes without touching
 * the database or a worker thread. It runs before sign-in checks, since published content is public,
 * and after the filters that add headers to every response.
 */
@ServerFilter("/api/v1/**")
@Order(PublishedResponseFilter.ORDER)
final class PublishedResponseFilter {

    static final int ORDER = -100;
    private static final String KEY = "meedoen.published.key";
    private static final String VERSION = "meedoen.published.version";
    private static final List<String> KEPT_HEADERS = List.of(HttpHeaders.CONTENT_LANGUAGE, HttpHeaders.CACHE_CONTROL);

    private final PublishedResponses responses;
    private final JsonMapper json;

    PublishedResponseFilter(PublishedResponses responses, JsonMapper json) {
        this.responses = responses;
        this.json = json;
    }

    @RequestFilter
    @Nullable HttpResponse<?> answerFromMemory(HttpRequest<?> request, @Nullable RouteMatch<?> route) {
        if (route == null || !route.getRouteInfo().getAnnotationMetadata().hasAnnotation(PublishedContent.class)
                || (request.getMethod() != HttpMethod.GET && request.getMethod() != HttpMethod.HEAD)) {
            return null;
        }
        String key = key(request);
        PublishedResponse kept = responses.find(key);
        if (kept != null) {
            return answer(request, HttpResponse.ok(), kept);
        }
        request.setAttribute(KEY, key);
        request.setAttribute(VERSION, responses.version());
        return null;
    }

    @ResponseFilter
    void keep(HttpRequest<?> request, MutableHttpResponse<?> response) {
        String key = request.getAttribute(KEY, String.class).orElse(null);
        Object body = response.getBody().orElse(null);
        if (key == null || body == null || response.getStatus() != HttpStatus.OK) {
            return;
        }
        Map<String, String> headers = new LinkedHashMap<>();
        KEPT_HEADERS.forEach(name -> response.getHeaders().getFirst(name).ifPresent(value -> headers.put(name, value)));
        long version = request.getAttribute(VERSION, Long.class).orElseThrow();
        PublishedResponse made = PublishedResponse.of(version, serialise(body), headers);
        responses.keep(key, made);
        answer(request, response, made);
    }

    /** The address with its query, and the browser's languages unless the query names one. */
    private static String key(HttpRequest<?> request) {
        String query = request.getUri().getRawQuery();
        String languages = request.getParameters().contains("lang") ? ""
                : request.getHeaders().get(HttpHeaders.ACCEPT_LANGUAGE, String.class).orElse("");
        return request.getPath() + "?" + (query == null ? "" : query) + "\n" + languages;
    }

    private static MutableHttpResponse<?> answer(HttpRequest<?> request, MutableHttpResponse<?> response, PublishedResponse kept) {
        boolean gzip = acceptsGzip(request);
        String etag = gzip ? kept.gzipEtag() : kept.etag();
        MutableHttpHeaders headers = response.getHeaders();
        kept.headers().forEach(headers::set);
        headers.set(HttpHeaders.VARY, "Accept-Language, Accept-Encoding");
        headers.set(HttpHeaders.ETAG, etag);
        String ifNoneMatch = request.getHeaders().get(HttpHeaders.IF_NONE_MATCH);
        if (ETags.matches(ifNoneMatch, kept.etag()) || ETags.matches(ifNoneMatch, kept.gzipEtag())) {
            return response.status(HttpStatus.NOT_MODIFIED).body(null);
        }
        if (gzip) {
            headers.set(HttpHeaders.CONTENT_ENCODING, "gzip");
        }
        MutableHttpResponse<Object> bytes = (MutableHttpResponse<Object>) response;
        return bytes.contentType(MediaType.APPLICATION_JSON_TYPE).body(gzip ? kept.gzip() : kept.identity());
    }

    private static boolean acceptsGzip(HttpRequest<?> request) {
        return request.getHeaders().get(HttpHeaders.ACCEPT_ENCODING, String.class)
                .map(accepted -> accepted.toLowerCase(java.util.Locale.ROOT).contains("gzip"))
                .orElse(false);
    }

    private byte[] serialise(Object body) {
        try {
            return json.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
