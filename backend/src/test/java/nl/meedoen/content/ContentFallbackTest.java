package nl.meedoen.content;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.meedoen.testing.Sql;
import nl.meedoen.testing.Api;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What a reader sees when a translation is missing or older than the Dutch page. */
@MicronautTest(transactional = false)
class ContentFallbackTest {

    private final Api api;
    private final Sql database;
    private final ContentImporter importer;

    ContentFallbackTest(EmbeddedServer server, JsonMapper json, Sql database, ContentImporter importer) {
        this.api = new Api(server, json);
        this.database = database;
        this.importer = importer;
    }

    @AfterEach
    void restoreShippedContent() {
        importer.importAll();
    }

    @Test
    void aMissingDariPageFallsBackToPersianAndSaysSo() {
        database.update("DELETE FROM content_text WHERE module = 'values' AND slug = 'vrijheid' AND lang = 'prs'");

        Api.Response response = api.get("/api/v1/values/vrijheid?lang=prs");

        assertEquals(200, response.status());
        assertEquals("fa", response.header("Content-Language"));
        Map<String, Object> page = response.object();
        assertEquals("fa", page.get("lang"));
        assertEquals("rtl", page.get("dir"));
        assertEquals("prs", page.get("requestedLang"));
        assertEquals(true, page.get("fallback"));
    }

    @Test
    void aPageMissingInPersianAndDariFallsBackToDutch() {
        database.update("DELETE FROM content_text WHERE module = 'values' AND slug = 'vrijheid' AND lang IN ('prs', 'fa')");

        Map<String, Object> page = api.get("/api/v1/values/vrijheid?lang=prs").object();

        assertEquals("nl", page.get("lang"));
        assertEquals("ltr", page.get("dir"));
        assertEquals(true, page.get("fallback"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> outline = (List<Map<String, Object>>) api.get("/api/v1/values?lang=prs").object().get("pages");
        Map<String, Object> entry = outline.stream().filter(e -> e.get("slug").equals("vrijheid")).findFirst().orElseThrow();
        assertEquals("nl", entry.get("textLang"));
        assertEquals(true, entry.get("fallback"));
    }

    @Test
    void aTranslationOfAnOlderDutchVersionIsOutdated() {
        database.update("UPDATE content_page SET version = 2 WHERE module = 'values' AND slug = 'vrijheid'");

        Map<String, Object> page = api.get("/api/v1/values/vrijheid?lang=uk").object();

        assertEquals("outdated", page.get("status"));
        assertEquals(2, page.get("sourceVersion"));
        assertEquals(1, page.get("translatedFromVersion"));
    }
}
