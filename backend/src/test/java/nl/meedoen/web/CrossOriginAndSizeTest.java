package nl.meedoen.web;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.meedoen.testing.Api;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

@MicronautTest(transactional = false)
class CrossOriginAndSizeTest {

    private final Api api;

    CrossOriginAndSizeTest(EmbeddedServer server, JsonMapper json) {
        this.api = new Api(server, json);
    }

    /** A tool on another origin (here a local API viewer; the test server runs on localhost). */
    private static final String OTHER_ORIGIN = "http://localhost:3000";

    @Test
    void otherWebsitesMayNotReadTheApiOnlyTheOpenApiDocument() {
        assertNull(api.get("/api/v1/locales", "Origin", OTHER_ORIGIN).header("Access-Control-Allow-Origin"));
        assertNull(api.send("OPTIONS", "/api/v1/sign-in", null, "Origin", OTHER_ORIGIN,
                "Access-Control-Request-Method", "POST").header("Access-Control-Allow-Origin"));
        Api.Response document = api.get("/api/v1/openapi.json", "Origin", OTHER_ORIGIN);
        assertEquals(200, document.status());
        assertNotNull(document.header("Access-Control-Allow-Origin"));
    }

    @Test
    void aRequestBodyAboveOneMegabyteIsRefusedWithAProblem() {
        Api.Response response = api.send("POST", "/api/v1/sign-in", Map.of("email", "a@b.nl", "password", "x".repeat(2_000_000)));

        assertEquals(413, response.status());
        assertEquals("application/problem+json", response.header("Content-Type"));
    }
}
