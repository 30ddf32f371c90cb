package nl.meedoen.content;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.meedoen.testing.Sql;
import nl.meedoen.testing.Api;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a reader sees when a translation is missing or older than the Dutch page. */
@MicronautTest(transactional = false)
class ContentFallbackTest {

    @Serdeable
    record Page(String lang, String dir, String requestedLang, boolean fallback, String status, int sourceVersion,
                int translatedFromVersion) {
    }

    @Serdeable
    record Contents(List<Entry> pages) {
    }

    @Serdeable
    record Entry(String slug, String textLang, boolean fallback) {
    }

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
        Page page = response.as(Page.class);
        assertEquals("fa", page.lang());
        assertEquals("rtl", page.dir());
        assertEquals("prs", page.requestedLang());
        assertTrue(page.fallback());
    }

    @Test
    void aPageMissingInPersianAndDariFallsBackToDutch() {
        database.update("DELETE FROM content_text WHERE module = 'values' AND slug = 'vrijheid' AND lang IN ('prs', 'fa')");

        Page page = api.get("/api/v1/values/vrijheid?lang=prs").as(Page.class);

        assertEquals("nl", page.lang());
        assertEquals("ltr", page.dir());
        assertTrue(page.fallback());
        Entry entry = api.get("/api/v1/values?lang=prs").as(Contents.class).pages().stream()
                .filter(e -> e.slug().equals("vrijheid")).findFirst().orElseThrow();
        assertEquals("nl", entry.textLang());
        assertTrue(entry.fallback());
    }

    @Test
    void aTranslationOfAnOlderDutchVersionIsOutdated() {
        database.update("UPDATE content_page SET version = 2 WHERE module = 'values' AND slug = 'vrijheid'");

        Page page = api.get("/api/v1/values/vrijheid?lang=uk").as(Page.class);

        assertEquals("outdated", page.status());
        assertEquals(2, page.sourceVersion());
        assertEquals(1, page.translatedFromVersion());
    }
}
