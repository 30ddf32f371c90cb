package nl.meedoen.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.swagger.v3.oas.annotations.Hidden;

import java.util.Map;

/** Serves the OpenAPI document; open to every origin, unlike the rest of the API. */
@Controller("/api/v1")
@Hidden
final class OpenApiController {

    private final OpenApiDocument document;

    OpenApiController(OpenApiDocument document) {
        this.document = document;
    }

    @Get("/openapi.json")
    HttpResponse<Map<String, Object>> openApi() {
        // CORS stays off for the rest of the API, so no other website can read it from a browser.
        return HttpResponse.ok(document.document())
                .header("Access-Control-Allow-Origin", "*")
                .header("Cache-Control", "public, max-age=3600");
    }
}
