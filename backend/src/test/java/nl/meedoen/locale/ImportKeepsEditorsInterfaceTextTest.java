package nl.meedoen.locale;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.meedoen.testing.Sql;
import nl.meedoen.web.PublishedResponses;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * translations/ is the shipped baseline of the interface texts, but a start-up import never overwrites a
 * text an editor published: the changed shipped text is listed as a conflict instead. A text nobody
 * edited follows its file, and a changed Dutch text outdates the translations that did not change with it.
 */
@MicronautTest(transactional = false)
class ImportKeepsEditorsInterfaceTextTest {

    private static final String KEY = "home.title";
    private static final String WHERE = " WHERE key = '" + KEY + "' AND lang = ?";

    private final UiTextImporter importer;
    private final Sql sql;
    private final UiStrings strings;
    private final SupportedLocales locales;
    private final PublishedResponses responses;

    ImportKeepsEditorsInterfaceTextTest(UiTextImporter importer, Sql sql, UiStrings strings, SupportedLocales locales,
                                        PublishedResponses responses) {
        this.importer = importer;
        this.sql = sql;
        this.strings = strings;
        this.locales = locales;
        this.responses = responses;
    }

    @Test
    void aChangedShippedTextDoesNotReplaceAnEditorsTextAndIsListedAsAConflict() {
        // given an editor published the Romanian text, and the shipped file has changed since (its hash differs)
        String shipped = pattern("ro");
        sql.update("UPDATE ui_text SET pattern = 'Textul redactorului', edited = true, file_hash = 'older'" + WHERE, "ro");
        try {
            // when the service starts again
            importer.importAll();

            // then the editor's text stays, newcomers and mails read it, and editors see the conflict
            assertEquals("Textul redactorului", pattern("ro"));
            responses.refresh();
            assertEquals("Textul redactorului", strings.format(locales.find("ro").orElseThrow(), KEY, java.util.Map.of()));
            assertEquals(1, sql.one("SELECT count(*) FROM ui_import_conflict" + WHERE, rows -> rows.getInt(1), "ro").orElseThrow());

            // and a second start with the same files writes nothing more
            assertEquals(0, importer.importAll());
        } finally {
            sql.update("UPDATE ui_text SET pattern = ?, edited = false, file_hash = 'older'" + WHERE, shipped, "ro");
            sql.update("DELETE FROM ui_import_conflict" + WHERE, "ro");
            importer.importAll();
        }
        assertEquals(shipped, pattern("ro"));
    }

    @Test
    void aChangedShippedDutchTextOutdatesTheTranslationsThatDidNotChangeWithIt() {
        // given the Dutch text as imported differs from the shipped file, as after a release that changed it
        int version = version();
        String dutch = pattern("nl");
        sql.update("UPDATE ui_text SET pattern = 'Oude tekst', file_hash = 'older'" + WHERE, "nl");
        // and the Polish text changed in the same release, the Turkish one did not
        sql.update("UPDATE ui_text SET file_hash = 'older'" + WHERE, "pl");
        try {
            // when the service starts
            importer.importAll();

            // then the key's version counts up: the Polish text is made from it, the Turkish one is outdated
            assertEquals(dutch, pattern("nl"));
            assertEquals(version + 1, version());
            assertEquals(version + 1, sourceVersion("pl"));
            assertEquals(version, sourceVersion("tr"));
        } finally {
            sql.update("UPDATE ui_message SET version = ?, shipped_version = ? WHERE key = '" + KEY + "'", version, version);
            sql.update("UPDATE ui_text SET source_version = ? WHERE key = '" + KEY + "'", version);
        }
    }

    private String pattern(String lang) {
        return sql.one("SELECT pattern FROM ui_text" + WHERE, rows -> rows.getString(1), lang).orElseThrow();
    }

    private int sourceVersion(String lang) {
        return sql.one("SELECT source_version FROM ui_text" + WHERE, rows -> rows.getInt(1), lang).orElseThrow();
    }

    private int version() {
        return sql.one("SELECT version FROM ui_message WHERE key = '" + KEY + "'", rows -> rows.getInt(1)).orElseThrow();
    }
}
