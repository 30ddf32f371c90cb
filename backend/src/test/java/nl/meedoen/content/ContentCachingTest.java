package nl.meedoen.content;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.meedoen.testing.Api;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Phones on prepaid data download content once and then only revalidate it. */
@MicronautTest(transactional = false)
class ContentCachingTest {

    private final Api api;

    ContentCachingTest(EmbeddedServer server, JsonMapper json) {
        this.api = new Api(server, json);
    }

    @Test
    void aPageCarriesAStrongETagAndIsNotSentAgainWhenUnchanged() {
        Api.Response first = api.get("/api/v1/values/vrijheid?lang=ar");
        String etag = first.header("ETag");

        assertNotNull(etag);
        assertTrue(etag.matches("\"[A-Za-z0-9_-]+\""), "strong ETag: " + etag);
        assertEquals("public, max-age=300", first.header("Cache-Control"));
        assertTrue(first.header("Vary").contains("Accept-Language"));

        Api.Response again = api.get("/api/v1/values/vrijheid?lang=ar", "If-None-Match", etag);
        assertEquals(304, again.status());
        assertEquals(0, again.bytes().length);
        assertEquals(etag, again.header("ETag"));
    }

    @Test
    void anotherLanguageIsAnotherRepresentation() {
        String arabic = api.get("/api/v1/values/vrijheid?lang=ar").header("ETag");
        String dutch = api.get("/api/v1/values/vrijheid?lang=nl").header("ETag");

        assertNotEquals(arabic, dutch);
        assertEquals(200, api.get("/api/v1/values/vrijheid?lang=nl", "If-None-Match", arabic).status());
    }

    @Test
    void theOutlineIsRevalidatedToo() {
        String etag = api.get("/api/v1/values?lang=pl").header("ETag");

        assertEquals(304, api.get("/api/v1/values?lang=pl", "If-None-Match", etag).status());
    }

    @Test
    void jsonIsGzippedForClientsThatAcceptIt() throws IOException {
        Api.Response response = api.get("/api/v1/values/vrijheid?lang=ru", "Accept-Encoding", "gzip");

        assertEquals("gzip", response.header("Content-Encoding"));
        String body = new String(new GZIPInputStream(new ByteArrayInputStream(response.bytes())).readAllBytes(),
                java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(body.contains("\"lang\":\"ru\""), body);
    }
}
