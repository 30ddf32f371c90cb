package nl.meedoen.content;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.meedoen.testing.Sql;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

@MicronautTest(transactional = false)
class ContentImportTest {

    private final ContentImporter importer;
    private final Sql database;

    ContentImportTest(ContentImporter importer, Sql database) {
        this.importer = importer;
        this.database = database;
    }

    @Test
    void importingUnchangedContentAgainWritesNothing() {
        importer.importAll();

        assertEquals(0, importer.importAll());
    }

    @Test
    void aChangedFileIsWrittenAgainAndNothingElse() {
        database.update("UPDATE content_text SET file_hash = 'edited', title = 'Oud' WHERE module = 'values' AND slug = 'vrijheid' AND lang = 'ar'");

        assertEquals(1, importer.importAll());
        String title = database.one("SELECT title FROM content_text WHERE module = 'values' AND slug = 'vrijheid' AND lang = 'ar'",
                row -> row.getString(1)).orElseThrow();
        assertEquals(false, title.equals("Oud"), "the shipped title is back");
    }

    @Test
    void aTextNoLongerShippedIsRemoved() {
        database.update("""
                INSERT INTO content_text (module, slug, lang, title, summary, body_markdown, body_html, word_count,
                                          source_version, review_status, file_hash)
                VALUES ('values', 'vrijheid', 'xx', 'Gone', '', '', '', 0, 1, 'unreviewed', 'x')
                """);

        assertEquals(1, importer.importAll());
        assertEquals(0, database.one("SELECT count(*) FROM content_text WHERE lang = 'xx'", row -> row.getInt(1)).orElseThrow());
    }
}
