package nl.meedoen.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;

import java.util.LinkedHashMap;
import java.util.Map;

/** Builds RFC 9457 problem documents, the one shape every error of this API has. */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType PROBLEM_JSON = MediaType.of(MEDIA_TYPE);
    public static final String WWW_AUTHENTICATE = "WWW-Authenticate";

    private Problems() {
    }

    public static Map<String, Object> body(HttpStatus status, String title, String detail, HttpRequest<?> request,
                                           Map<String, Object> extensions) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", title);
        body.put("status", status.getCode());
        body.put("detail", detail);
        body.put("instance", request.getPath());
        body.putAll(extensions);
        return body;
    }

    /** RFC 6750: the bearer challenge of a 401, saying whether the token that came along was at fault. */
    public static String bearerChallenge(boolean tokenSent) {
        return tokenSent ? "Bearer realm=\"meedoen\", error=\"invalid_token\"" : "Bearer realm=\"meedoen\"";
    }

    public static <T> MutableHttpResponse<T> asProblem(MutableHttpResponse<T> response) {
        return response.contentType(PROBLEM_JSON);
    }
}
