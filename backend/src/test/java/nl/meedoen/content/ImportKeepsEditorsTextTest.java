package nl.meedoen.content;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.meedoen.testing.Sql;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * content/ is the shipped baseline, but a start-up import never overwrites a text an editor published:
 * the changed file is listed as a conflict for editors instead.
 */
@MicronautTest(transactional = false)
class ImportKeepsEditorsTextTest {

    private static final String WHERE = " WHERE module = 'values' AND slug = 'solidariteit' AND lang = 'ro'";

    private final ContentImporter importer;
    private final Sql sql;

    ImportKeepsEditorsTextTest(ContentImporter importer, Sql sql) {
        this.importer = importer;
        this.sql = sql;
    }

    @Test
    void aChangedFileDoesNotReplaceAnEditorsTextAndIsListedAsAConflict() {
        // given an editor published the Romanian text, and the shipped file has changed since (its hash differs)
        String title = sql.one("SELECT title FROM content_text" + WHERE, rows -> rows.getString(1)).orElseThrow();
        sql.update("UPDATE content_text SET title = 'Text al redactorului', edited = true, file_hash = 'older'" + WHERE);
        try {
            // when the service starts again
            importer.importAll();

            // then the editor's text stays and editors see the conflict
            assertEquals("Text al redactorului", sql.one("SELECT title FROM content_text" + WHERE, rows -> rows.getString(1)).orElseThrow());
            assertEquals(1, sql.one("SELECT count(*) FROM content_import_conflict" + WHERE, rows -> rows.getInt(1)).orElseThrow());

            // and a second start with the same file writes nothing more
            assertEquals(0, importer.importAll());
        } finally {
            sql.update("UPDATE content_text SET title = ?, edited = false, file_hash = 'older'" + WHERE, title);
            sql.update("DELETE FROM content_import_conflict" + WHERE);
            importer.importAll();
        }
    }
}
