package nl.meedoen.signing;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.meedoen.locale.SupportedLocales;
import nl.meedoen.testing.Sql;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The declaration ships in Dutch with a translation for understanding in every language, kept as imported. */
@MicronautTest(transactional = false)
class DeclarationTextsTest {

    private final Sql sql;
    private final SupportedLocales locales;
    private final DeclarationImporter importer;

    DeclarationTextsTest(Sql sql, SupportedLocales locales, DeclarationImporter importer) {
        this.sql = sql;
        this.locales = locales;
        this.importer = importer;
    }

    record Text(String lang, String status, String body, String voluntary) {
    }

    @Test
    void everyLanguageHasATranslationForUnderstandingAndNoneIsMarkedReviewedByItsWriter() {
        Map<String, Text> texts = new TreeMap<>();
        sql.list("SELECT lang, review_status, body_markdown, voluntary FROM declaration_text WHERE version = 1",
                row -> texts.put(row.getString(1), new Text(row.getString(1), row.getString(2), row.getString(3), row.getString(4))));

        assertEquals(new java.util.TreeSet<>(locales.codes()), texts.keySet());
        texts.values().stream().filter(text -> !text.lang().equals("nl"))
                .forEach(text -> assertEquals("unreviewed", text.status(), text.lang()));
        Text dutch = texts.get("nl");
        for (String value : List.of("vrijheid", "gelijkwaardigheid", "solidariteit", "participatie", "Rechten en plichten",
                "Ik respecteer ze en ik aanvaard ze", "Ik doe actief mee")) {
            assertTrue(dutch.body().toLowerCase().contains(value.toLowerCase()), value);
        }
        assertEquals("platform", sql.one("SELECT wording FROM declaration_version WHERE version = 1", row -> row.getString(1)).orElseThrow(),
                "the platform's own wording until the national text is loaded as a new version");
        // Every translation keeps the Dutch structure: three headings and the four values as a list.
        texts.values().forEach(text -> {
            assertEquals(3, text.body().lines().filter(line -> line.startsWith("## ")).count(), text.lang());
            assertEquals(4, text.body().lines().filter(line -> line.startsWith("- **")).count(), text.lang());
        });
    }

    @Test
    void importingAgainAddsNothingAndImportedTextsCannotBeChanged() {
        assertEquals(0, importer.importAll());

        RuntimeException update = assertThrows(RuntimeException.class,
                () -> sql.update("UPDATE declaration_text SET body_markdown = 'anders' WHERE lang = 'nl'"));
        assertTrue(update.getMessage().contains("kept as written"), update.getMessage());
        assertThrows(RuntimeException.class, () -> sql.update("DELETE FROM declaration_text WHERE lang = 'ar'"));
    }
}
