package nl.meedoen.web;

import io.micronaut.core.annotation.Order;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * Browser protections on every response. Scripts and styles only come from this origin as files,
 * never inline, so an injected snippet cannot run even if it slipped through sanitising. Runs around
 * the answers kept in memory, so that they carry these headers too.
 */
@Order(PublishedResponseFilter.ORDER - 1)
@ServerFilter("/**")
final class SecurityHeadersFilter {

    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' data:",
            "font-src 'self'",
            "connect-src 'self'",
            "manifest-src 'self'",
            // The vendored QR scanner (public/vendor/qr-scanner) starts its decoder as a worker from a blob URL.
            "worker-src 'self' blob:",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    @ResponseFilter
    void protect(MutableHttpResponse<?> response) {
        response.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.header("X-Content-Type-Options", "nosniff");
        response.header("Referrer-Policy", "no-referrer");
        response.header("X-Frame-Options", "DENY");
        response.header("Permissions-Policy", "camera=(self), geolocation=(), microphone=()");
    }
}
