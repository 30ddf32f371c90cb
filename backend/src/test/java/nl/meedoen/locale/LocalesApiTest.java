package nl.meedoen.locale;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
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

    private final Api api;

    LocalesApiTest(EmbeddedServer server, JsonMapper json) {
        this.api = new Api(server, json);
    }

    @Test
    void listsEveryShippedLanguageWithItsOwnNameDirectionAndPlurals() {
        Api.Response response = api.get("/api/v1/locales");

        assertEquals(200, response.status());
        assertEquals("1.0.0", response.header("API-Version"));
        Map<String, Map<String, Object>> byCode = response.list().stream()
                .collect(Collectors.toMap(locale -> (String) locale.get("code"), Function.identity()));
        assertEquals(List.of("nl", "en", "ar", "ti", "fa", "prs", "ps", "so", "ckb", "tr", "pl", "ro", "bg", "uk", "ru", "fr", "es"),
                response.list().stream().map(locale -> locale.get("code")).toList());

        assertEquals("العربية", byCode.get("ar").get("name"));
        assertEquals("Arabisch", byCode.get("ar").get("dutchName"));
        assertEquals("rtl", byCode.get("ar").get("direction"));
        assertEquals(List.of("few", "many", "one", "other", "two", "zero"), byCode.get("ar").get("pluralCategories"));
        assertEquals("ትግርኛ", byCode.get("ti").get("name"));
        assertEquals("Ethi", byCode.get("ti").get("script"));
        assertEquals("ltr", byCode.get("ti").get("direction"));
        assertEquals("دری", byCode.get("prs").get("name"));
        assertEquals("Dari", byCode.get("prs").get("dutchName"));
        assertEquals(List.of("fa", "nl"), byCode.get("prs").get("fallbacks"));
        for (String rtl : List.of("ar", "fa", "prs", "ps", "ckb")) {
            assertEquals("rtl", byCode.get(rtl).get("direction"), rtl);
        }
        assertEquals("Polski", byCode.get("pl").get("name"));
    }

    @Test
    void reportsHowCompleteAndReviewedEachLanguageIs() {
        Map<String, Map<String, Object>> byCode = api.get("/api/v1/locales").list().stream()
                .collect(Collectors.toMap(locale -> (String) locale.get("code"), Function.identity()));

        @SuppressWarnings("unchecked")
        Map<String, Object> dutch = (Map<String, Object>) byCode.get("nl").get("content");
        int pages = (int) dutch.get("pages");
        assertTrue(pages >= 9, "at least the values module");
        assertEquals(pages, dutch.get("translated"));
        assertEquals(pages, dutch.get("reviewed"), "the Dutch source counts as reviewed");
        assertEquals("source", byCode.get("nl").get("uiStatus"));

        @SuppressWarnings("unchecked")
        Map<String, Object> arabic = (Map<String, Object>) byCode.get("ar").get("content");
        assertEquals(pages, arabic.get("pages"));
        assertEquals(0, arabic.get("reviewed"), "nobody has reviewed the Arabic translation yet");
        assertEquals("unreviewed", byCode.get("ar").get("uiStatus"));
    }
}
