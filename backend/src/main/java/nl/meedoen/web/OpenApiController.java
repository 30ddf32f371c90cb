package nl.meedoen.web;

import io.micronaut.core.io.ResourceLoader;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Hidden;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Serves the OpenAPI document that the build generates from the controllers' annotations
 * ({@code META-INF/swagger/openapi.json}); open to every origin, unlike the rest of the API.
 */
@Controller("/api/v1")
@Hidden
@NoPersonalData
@ExecuteOn(TaskExecutors.BLOCKING)
final class OpenApiController {

    private static final String DOCUMENT = "classpath:META-INF/swagger/openapi.json";

    private final byte[] document;

    OpenApiController(ResourceLoader resources) {
        try (InputStream in = resources.getResourceAsStream(DOCUMENT)
                .orElseThrow(() -> new IllegalStateException(DOCUMENT + " is missing: the build generates it"))) {
            this.document = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Get("/openapi.json")
    @Produces(MediaType.APPLICATION_JSON)
    HttpResponse<byte[]> openApi() {
        // CORS stays off for the rest of the API, so no other website can read it from a browser.
        return HttpResponse.ok(document)
                .header("Access-Control-Allow-Origin", "*")
                .header("Cache-Control", "public, max-age=3600");
    }
}
