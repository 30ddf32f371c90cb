package nl.meedoen.content;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.meedoen.testing.Api;
import nl.meedoen.testing.Sql;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The search index holds every page in the reader's language and in Dutch, with the Dutch keywords. */
@MicronautTest(transactional = false)
class SearchIndexApiTest {

    @Serdeable
    record Index(String lang, List<Entry> entries) {
    }

    @Serdeable
    record Entry(String module, String slug, String title, String summary, String text, String textLang,
                 String dutchTitle, String dutchText, List<String> keywords) {
    }

    private final Api api;
    private final Sql database;
    private final ContentImporter importer;

    SearchIndexApiTest(EmbeddedServer server, JsonMapper json, Sql database, ContentImporter importer) {
        this.api = new Api(server, json);
        this.database = database;
        this.importer = importer;
    }

    @AfterEach
    void restoreShippedContent() {
        importer.importAll();
    }

    @Test
    void everyPageComesInTheReadersLanguageAndInDutchWithItsKeywords() {
        Index index = api.get("/api/v1/search-index?lang=ar").as(Index.class);

        assertEquals("ar", index.lang());
        assertEquals("wegwijs", index.entries().getFirst().module(), "the practical topics come first");
        Entry school = entry(index, "wegwijs", "school-en-kinderopvang");
        assertEquals("ar", school.textLang());
        assertTrue(school.title().matches(".*\\p{IsArabic}.*"), "Arabic title: " + school.title());
        assertEquals("School en kinderopvang", school.dutchTitle());
        assertTrue(school.dutchText().contains("leerplicht"), "the Dutch text as plain text");
        assertTrue(school.keywords().containsAll(List.of("leerplicht", "middelbare school")), school.keywords().toString());
        assertTrue(index.entries().stream().anyMatch(entry -> entry.module().equals("values")));
    }

    @Test
    void aMissingTranslationIsIndexedInTheNextLanguageOfTheChain() {
        database.update("DELETE FROM content_text WHERE module = 'wegwijs' AND slug = 'school-en-kinderopvang' AND lang = 'prs'");

        Entry school = entry(api.get("/api/v1/search-index?lang=prs").as(Index.class), "wegwijs", "school-en-kinderopvang");

        assertEquals("fa", school.textLang());
        assertEquals("School en kinderopvang", school.dutchTitle());
    }

    private static Entry entry(Index index, String module, String slug) {
        return index.entries().stream()
                .filter(entry -> entry.module().equals(module) && entry.slug().equals(slug))
                .findFirst().orElseThrow();
    }
}
