package nl.meedoen.locale;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.meedoen.testing.Api;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class LocalesApiTest {

    @Serdeable
    record Language(String code, String name, String dutchName, String direction, String script,
                    List<String> pluralCategories, List<String> fallbacks, String uiStatus, Coverage content) {
    }

    @Serdeable
    record Coverage(int pages, int translated, int upToDate, int reviewed, int outdated, int missing) {
    }

    private final Api api;

    LocalesApiTest(EmbeddedServer server, JsonMapper json) {
        this.api = new Api(server, json);
    }

    @Test
    void listsEveryShippedLanguageWithItsOwnNameDirectionAndPlurals() {
        Api.Response response = api.get("/api/v1/locales");

        assertEquals(200, response.status());
        assertEquals("1.0.0", response.header("API-Version"));
        List<Language> languages = response.asListOf(Language.class);
        assertEquals(List.of("nl", "en", "ar", "ti", "fa", "prs", "ps", "so", "ckb", "tr", "pl", "ro", "bg", "uk", "ru", "fr", "es"),
                languages.stream().map(Language::code).toList());
        Map<String, Language> byCode = byCode(languages);

        assertEquals("العربية", byCode.get("ar").name());
        assertEquals("Arabisch", byCode.get("ar").dutchName());
        assertEquals("rtl", byCode.get("ar").direction());
        assertEquals(List.of("few", "many", "one", "other", "two", "zero"), byCode.get("ar").pluralCategories());
        assertEquals("ትግርኛ", byCode.get("ti").name());
        assertEquals("Ethi", byCode.get("ti").script());
        assertEquals("ltr", byCode.get("ti").direction());
        assertEquals("دری", byCode.get("prs").name());
        assertEquals("Dari", byCode.get("prs").dutchName());
        assertEquals(List.of("fa", "nl"), byCode.get("prs").fallbacks());
        for (String rtl : List.of("ar", "fa", "prs", "ps", "ckb")) {
            assertEquals("rtl", byCode.get(rtl).direction(), rtl);
        }
        assertEquals("Polski", byCode.get("pl").name());
    }

    @Test
    void reportsHowCompleteAndReviewedEachLanguageIs() {
        Map<String, Language> byCode = byCode(api.get("/api/v1/locales").asListOf(Language.class));

        Coverage dutch = byCode.get("nl").content();
        int pages = dutch.pages();
        assertTrue(pages >= 9, "at least the values module");
        assertEquals(pages, dutch.translated());
        assertEquals(pages, dutch.reviewed(), "the Dutch source counts as reviewed");
        assertEquals("source", byCode.get("nl").uiStatus());

        Coverage arabic = byCode.get("ar").content();
        assertEquals(pages, arabic.pages());
        assertEquals(0, arabic.reviewed(), "nobody has reviewed the Arabic translation yet");
        assertEquals("unreviewed", byCode.get("ar").uiStatus());
    }

    private static Map<String, Language> byCode(List<Language> languages) {
        return languages.stream().collect(Collectors.toMap(Language::code, Function.identity()));
    }
}
