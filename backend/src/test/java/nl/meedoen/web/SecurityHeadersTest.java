package nl.meedoen.web;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.meedoen.testing.Api;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class SecurityHeadersTest {

    private final Api api;

    SecurityHeadersTest(EmbeddedServer server, JsonMapper json) {
        this.api = new Api(server, json);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/js/app.js", "/api/v1/locales", "/api/v1/values/nope", "/health"})
    void everyResponseCarriesTheBrowserProtections(String path) {
        Api.Response response = api.get(path);

        String csp = response.header("Content-Security-Policy");
        assertTrue(csp.contains("script-src 'self'"), csp);
        assertFalse(csp.contains("unsafe-inline"), csp);
        assertTrue(csp.contains("frame-ancestors 'none'"), csp);
        assertEquals("nosniff", response.header("X-Content-Type-Options"));
        assertEquals("no-referrer", response.header("Referrer-Policy"));
        assertEquals("DENY", response.header("X-Frame-Options"));
    }
}
