package nl.meedoen.content;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.meedoen.testing.Api;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class ValuesApiTest {

    private static final List<String> MODULE = List.of("introductie", "vrijheid", "gelijkwaardigheid", "solidariteit",
            "participatie", "democratie-en-rechtsstaat", "rechten-en-plichten", "veiligheid-en-hulp", "eerlijk-werk");

    private final Api api;

    ValuesApiTest(EmbeddedServer server, JsonMapper json) {
        this.api = new Api(server, json);
    }

    @Test
    void theOutlineListsTheNinePagesInOrderInTheReadersLanguage() {
        Api.Response response = api.get("/api/v1/values?lang=ar");

        assertEquals(200, response.status());
        Map<String, Object> outline = response.object();
        assertEquals("ar", outline.get("lang"));
        assertEquals("rtl", outline.get("dir"));
        List<Map<String, Object>> pages = pages(outline);
        assertEquals(MODULE, pages.stream().map(page -> page.get("slug")).toList());
        Map<String, Object> freedom = pages.get(1);
        assertTrue(((String) freedom.get("title")).matches(".*\\p{IsArabic}.*"), "Arabic title: " + freedom.get("title"));
        assertEquals("ar", freedom.get("textLang"));
        assertEquals(false, freedom.get("fallback"));
        assertEquals("unreviewed", freedom.get("status"));
        int minutes = (int) freedom.get("readingMinutes");
        assertTrue(minutes >= 1);
        assertTrue(((String) freedom.get("readingTime")).matches(".*\\p{IsArabic}.*"), "reading time in Arabic");
    }

    @Test
    void readingTimeFollowsTheLanguagesPluralRules() {
        Map<String, Object> intro = pages(api.get("/api/v1/values?lang=nl").object()).getFirst();
        int minutes = (int) intro.get("readingMinutes");

        assertEquals(minutes + (minutes == 1 ? " minuut lezen" : " minuten lezen"), intro.get("readingTime"));
    }

    @Test
    void aPageComesAsSafeHtmlWithItsStatusAndSourceVersion() {
        Api.Response response = api.get("/api/v1/values/vrijheid?lang=ti");

        assertEquals(200, response.status());
        assertEquals("ti", response.header("Content-Language"));
        Map<String, Object> page = response.object();
        assertEquals("vrijheid", page.get("slug"));
        assertEquals("ti", page.get("lang"));
        assertEquals("ltr", page.get("dir"));
        assertEquals("ti", page.get("requestedLang"));
        assertEquals(false, page.get("fallback"));
        assertEquals("unreviewed", page.get("status"));
        assertEquals(1, page.get("sourceVersion"));
        assertEquals(1, page.get("translatedFromVersion"));
        String html = (String) page.get("html");
        assertTrue(html.contains("<h2>") && html.contains("<p>"), html);
        assertTrue(html.matches("(?s).*\\p{IsEthiopic}.*"), "Tigrinya in Ethiopic script");
        assertFalse(html.contains("<script"));
        assertEquals("gelijkwaardigheid", page.get("next"));
        assertEquals("introductie", page.get("previous"));
        assertEquals(2, page.get("position"));
        assertEquals(9, page.get("pageCount"));
    }

    @Test
    void theDutchSourceIsMarkedAsSourceAndTheLastPageHasNoNext() {
        Map<String, Object> page = api.get("/api/v1/values/eerlijk-werk?lang=nl").object();

        assertEquals("source", page.get("status"));
        assertNull(page.get("next"));
        assertTrue(((String) page.get("html")).contains("href=\"tel:08005151\""), "phone numbers stay tel: links");
    }

    @Test
    void anUnknownPageIsANotFoundProblem() {
        Api.Response response = api.get("/api/v1/values/does-not-exist?lang=ar");

        assertEquals(404, response.status());
        assertEquals("application/problem+json", response.header("Content-Type"));
        assertEquals("Page not found", response.object().get("title"));
        assertEquals(404, response.object().get("status"));
    }

    @Test
    void anAddressOutsideTheApiIsANotFoundProblemToo() {
        Api.Response response = api.get("/api/v1/nothing-here");

        assertEquals(404, response.status());
        assertEquals("application/problem+json", response.header("Content-Type"));
        assertEquals("1.0.0", response.header("API-Version"));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> pages(Map<String, Object> outline) {
        return (List<Map<String, Object>>) outline.get("pages");
    }
}
