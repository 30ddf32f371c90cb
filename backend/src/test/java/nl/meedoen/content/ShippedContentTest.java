package nl.meedoen.content;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.meedoen.testing.Sql;
import nl.meedoen.locale.SupportedLocale;
import nl.meedoen.locale.SupportedLocales;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every file in content/ follows the format, and every page exists in every language. */
@MicronautTest(startApplication = false)
class ShippedContentTest {

    private final ShippedContent shipped;
    private final ContentImporter importer;
    private final Sql database;
    private final SupportedLocales locales;

    ShippedContentTest(ShippedContent shipped, ContentImporter importer, Sql database, SupportedLocales locales) {
        this.shipped = shipped;
        this.importer = importer;
        this.database = database;
        this.locales = locales;
    }

    @Test
    void everyShippedFileIsImportedNoneIsSkippedAsInvalid() {
        importer.importAll();
        Set<String> files = shipped.read().stream()
                .map(file -> file.module().folder() + "/" + file.lang() + "/" + file.slug())
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> imported = new TreeSet<>(database.list("SELECT module, slug, lang FROM content_text",
                row -> row.getString("module") + "/" + row.getString("lang") + "/" + row.getString("slug")));

        assertEquals(files, imported, "a file that is not imported breaks the format of content/README.md (see the log)");
    }

    @Test
    void everyPageIsTranslatedIntoEveryLanguage() {
        List<ShippedFile> files = shipped.read();
        List<String> missing = new ArrayList<>();
        for (ContentModule module : ContentModule.values()) {
            Set<String> dutch = slugs(files, module, SupportedLocales.SOURCE);
            for (SupportedLocale locale : locales.all()) {
                Set<String> translated = slugs(files, module, locale.code());
                Set<String> absent = new TreeSet<>(dutch);
                absent.removeAll(translated);
                if (!absent.isEmpty()) {
                    missing.add(module.folder() + "/" + locale.code() + ": " + absent);
                }
            }
        }
        assertTrue(missing.isEmpty(), String.join("\n", missing));
    }

    @Test
    void theValuesModuleCoversTheCoreValuesInNinePages() {
        Map<String, String> titles = database.list("SELECT slug, title FROM content_text WHERE module = 'values' AND lang = 'nl'",
                row -> Map.entry(row.getString(1), row.getString(2))).stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));

        assertTrue(titles.size() >= 9);
        assertTrue(titles.keySet().containsAll(List.of("vrijheid", "gelijkwaardigheid", "solidariteit", "participatie")));
    }

    private static Set<String> slugs(List<ShippedFile> files, ContentModule module, String lang) {
        return files.stream().filter(f -> f.module() == module && f.lang().equals(lang)).map(ShippedFile::slug)
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
