package nl.meedoen.content;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.meedoen.testing.Api;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@MicronautTest(transactional = false)
class ValuesApiTest {

    private static final List<String> MODULE = List.of("introductie", "vrijheid", "gelijkwaardigheid", "solidariteit",
            "participatie", "democratie-en-rechtsstaat", "rechten-en-plichten", "veiligheid-en-hulp", "eerlijk-werk");

    @Serdeable
    record Contents(String lang, String dir, List<Entry> pages) {
    }

    @Serdeable
    record Entry(String slug, String title, String textLang, boolean fallback, String status, int readingMinutes,
                 String readingTime) {
    }

    @Serdeable
    record Page(String slug, String html, String lang, String dir, String requestedLang, boolean fallback,
                String status, int sourceVersion, int translatedFromVersion, int position, int pageCount,
                @Nullable String previous, @Nullable String next) {
    }

    @Serdeable
    record Problem(String title, int status) {
    }

    private final Api api;

    ValuesApiTest(EmbeddedServer server, JsonMapper json) {
        this.api = new Api(server, json);
    }

    @Test
    void theOutlineListsTheNinePagesInOrderInTheReadersLanguage() {
        Api.Response response = api.get("/api/v1/values?lang=ar");

        assertEquals(200, response.status());
        Contents outline = response.as(Contents.class);
        assertEquals("ar", outline.lang());
        assertEquals("rtl", outline.dir());
        assertEquals(MODULE, outline.pages().stream().map(Entry::slug).toList());
        Entry freedom = outline.pages().get(1);
        assertTrue(freedom.title().matches(".*\\p{IsArabic}.*"), "Arabic title: " + freedom.title());
        assertEquals("ar", freedom.textLang());
        assertFalse(freedom.fallback());
        assertEquals("unreviewed", freedom.status());
        assertTrue(freedom.readingMinutes() >= 1);
        assertTrue(freedom.readingTime().matches(".*\\p{IsArabic}.*"), "reading time in Arabic");
    }

    @Test
    void readingTimeFollowsTheLanguagesPluralRules() {
        Entry intro = api.get("/api/v1/values?lang=nl").as(Contents.class).pages().getFirst();
        int minutes = intro.readingMinutes();

        assertEquals(minutes + (minutes == 1 ? " minuut lezen" : " minuten lezen"), intro.readingTime());
    }

    @Test
    void aPageComesAsSafeHtmlWithItsStatusAndSourceVersion() {
        Api.Response response = api.get("/api/v1/values/vrijheid?lang=ti");

        assertEquals(200, response.status());
        assertEquals("ti", response.header("Content-Language"));
        Page page = response.as(Page.class);
        assertEquals("vrijheid", page.slug());
        assertEquals("ti", page.lang());
        assertEquals("ltr", page.dir());
        assertEquals("ti", page.requestedLang());
        assertFalse(page.fallback());
        assertEquals("unreviewed", page.status());
        assertEquals(1, page.sourceVersion());
        assertEquals(1, page.translatedFromVersion());
        String html = page.html();
        assertTrue(html.contains("<h2>") && html.contains("<p>"), html);
        assertTrue(html.matches("(?s).*\\p{IsEthiopic}.*"), "Tigrinya in Ethiopic script");
        assertFalse(html.contains("<script"));
        assertEquals("gelijkwaardigheid", page.next());
        assertEquals("introductie", page.previous());
        assertEquals(2, page.position());
        assertEquals(9, page.pageCount());
    }

    @Test
    void theDutchSourceIsMarkedAsSourceAndTheLastPageHasNoNext() {
        Page page = api.get("/api/v1/values/eerlijk-werk?lang=nl").as(Page.class);

        assertEquals("source", page.status());
        assertNull(page.next());
        assertTrue(page.html().contains("href=\"tel:08005151\""), "phone numbers stay tel: links");
    }

    @Test
    void anUnknownPageIsANotFoundProblem() {
        Api.Response response = api.get("/api/v1/values/does-not-exist?lang=ar");

        assertEquals(404, response.status());
        assertEquals("application/problem+json", response.header("Content-Type"));
        Problem problem = response.as(Problem.class);
        assertEquals("Page not found", problem.title());
        assertEquals(404, problem.status());
    }

    @Test
    void anAddressOutsideTheApiIsANotFoundProblemToo() {
        Api.Response response = api.get("/api/v1/nothing-here");

        assertEquals(404, response.status());
        assertEquals("application/problem+json", response.header("Content-Type"));
        assertEquals("1.0.0", response.header("API-Version"));
    }
}
