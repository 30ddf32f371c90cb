package nl.meedoen.locale;

import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.text.PluralRules;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The interface texts in {@code translations/}, checked with ICU: every message parses, uses the
 * same arguments as the Dutch source, and every plural has exactly the categories its language needs.
 */
@MicronautTest(startApplication = false)
class TranslationFilesTest {

    private static final Path TRANSLATIONS = Path.of("..", "translations");

    private final SupportedLocales locales;
    private final JsonMapper json;

    TranslationFilesTest(SupportedLocales locales, JsonMapper json) {
        this.locales = locales;
        this.json = json;
    }

    @Test
    void everyLanguageHasItsUiTextsAndNoneIsMarkedReviewedByDefault() throws IOException {
        for (SupportedLocale locale : locales.all()) {
            Path file = TRANSLATIONS.resolve(locale.code() + ".json");
            assertTrue(Files.exists(file), "translations/" + locale.code() + ".json is missing");
            String status = read(file).status();
            assertTrue(Set.of("source", "reviewed", "unreviewed").contains(status), locale.code() + ": status " + status);
            assertEquals(locale.code().equals("nl"), status.equals("source"), locale.code() + ": only Dutch is the source");
        }
    }

    /** Staff screens are in Dutch only: their texts ({@code staff.*}) need no translation. */
    private static final String DUTCH_ONLY = "staff.";

    @Test
    void everyMessageParsesAndMatchesTheDutchSource() throws IOException {
        Map<String, String> dutch = withoutDutchOnly(messages(locales.source()));
        List<String> problems = new ArrayList<>();
        for (SupportedLocale locale : locales.all()) {
            Path file = TRANSLATIONS.resolve(locale.code() + ".json");
            if (!Files.exists(file)) {
                continue;
            }
            Map<String, String> translated = withoutDutchOnly(messages(locale));
            if (!translated.keySet().equals(dutch.keySet())) {
                Set<String> missing = new TreeSet<>(dutch.keySet());
                missing.removeAll(translated.keySet());
                Set<String> extra = new TreeSet<>(translated.keySet());
                extra.removeAll(dutch.keySet());
                problems.add(locale.code() + ": missing " + missing + ", not in Dutch " + extra);
            }
            Set<String> needed = locale.pluralCategories();
            translated.forEach((key, pattern) -> {
                try {
                    MessageShape shape = MessageShape.of(pattern);
                    if (dutch.containsKey(key) && !shape.arguments().equals(MessageShape.of(dutch.get(key)).arguments())) {
                        problems.add(locale.code() + " " + key + ": arguments " + shape.arguments() + " differ from Dutch");
                    }
                    for (Set<String> categories : shape.pluralCategories()) {
                        if (!categories.equals(needed)) {
                            problems.add(locale.code() + " " + key + ": plural categories " + categories + ", "
                                    + locale.code() + " needs " + needed);
                        }
                    }
                } catch (IllegalArgumentException e) {
                    problems.add(locale.code() + " " + key + ": does not parse: " + e.getMessage());
                }
            });
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void pluralRulesOfEveryLanguageComeFromIcu() {
        assertEquals(new TreeSet<>(PluralRules.forLocale(com.ibm.icu.util.ULocale.forLanguageTag("pl")).getKeywords()),
                locales.require("pl").pluralCategories());
    }

    /** The argument names of a message and the category sets of its plurals. */
    record MessageShape(Set<String> arguments, List<Set<String>> pluralCategories) {

        static MessageShape of(String pattern) {
            MessagePattern parsed = new MessagePattern(pattern);
            Set<String> arguments = new TreeSet<>();
            List<Set<String>> plurals = new ArrayList<>();
            for (int i = 0; i < parsed.countParts(); i++) {
                MessagePattern.Part part = parsed.getPart(i);
                if (part.getType() == MessagePattern.Part.Type.ARG_NAME) {
                    arguments.add(parsed.getSubstring(part));
                }
                if (part.getType() == MessagePattern.Part.Type.ARG_START && part.getArgType() == MessagePattern.ArgType.PLURAL) {
                    Set<String> categories = new TreeSet<>();
                    int limit = parsed.getLimitPartIndex(i);
                    for (int j = i + 1; j < limit; j++) {
                        MessagePattern.Part selector = parsed.getPart(j);
                        if (selector.getType() == MessagePattern.Part.Type.ARG_SELECTOR) {
                            categories.add(parsed.getSubstring(selector));
                            j = parsed.getLimitPartIndex(j + 1);
                        }
                    }
                    plurals.add(categories);
                }
            }
            return new MessageShape(arguments, plurals);
        }
    }

    private static Map<String, String> withoutDutchOnly(Map<String, String> messages) {
        Map<String, String> kept = new java.util.TreeMap<>(messages);
        kept.keySet().removeIf(key -> key.startsWith(DUTCH_ONLY));
        return kept;
    }

    private Map<String, String> messages(SupportedLocale locale) throws IOException {
        return read(TRANSLATIONS.resolve(locale.code() + ".json")).messages();
    }

    private UiStrings.TranslationFile read(Path file) throws IOException {
        return json.readValue(Files.readAllBytes(file), UiStrings.TranslationFile.class);
    }
}
