package nl.meedoen.web;

import io.micronaut.core.io.ResourceLoader;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import org.jspecify.annotations.Nullable;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Serves the OpenAPI document that the build generates from the controllers' annotations
 * ({@code META-INF/swagger/openapi.json}); open to every origin, unlike the rest of the API.
 */
@Secured(SecurityRule.IS_ANONYMOUS)
@Controller("/api/v1")
@Hidden
@NoPersonalData
final class OpenApiController {

    private static final String DOCUMENT = "classpath:META-INF/swagger/openapi.json";

    private final byte[] document;
    private final String etag;

    OpenApiController(ResourceLoader resources) {
        try (InputStream in = resources.getResourceAsStream(DOCUMENT)
                .orElseThrow(() -> new IllegalStateException(DOCUMENT + " is missing: the build generates it"))) {
            this.document = in.readAllBytes();
            this.etag = ETags.strong(document, "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Get("/openapi.json")
    @Produces(MediaType.APPLICATION_JSON)
    HttpResponse<byte[]> openApi(@Header(HttpHeaders.IF_NONE_MATCH) @Nullable String ifNoneMatch) {
        MutableHttpResponse<byte[]> response = ETags.matches(ifNoneMatch, etag) ? HttpResponse.notModified() : HttpResponse.ok(document);
        // CORS stays off for the rest of the API, so no other website can read it from a browser.
        return response.header(HttpHeaders.ETAG, etag)
                .header("Access-Control-Allow-Origin", "*")
                .header(HttpHeaders.CACHE_CONTROL, "public, max-age=3600");
    }
}
