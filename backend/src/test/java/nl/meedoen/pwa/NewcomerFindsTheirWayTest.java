package nl.meedoen.pwa;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.meedoen.testing.Chromium;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A newcomer in the demo municipality finds where to go, in their language, also offline. */
@MicronautTest(transactional = false)
class NewcomerFindsTheirWayTest {

    private static final String TOPIC_CACHED = """
            async () => {
              const cache = await caches.open('meedoen-api-v1');
              const urls = (await cache.keys()).map(request => request.url);
              return urls.some(url => url.includes('/wegwijs/zorg-en-huisarts?lang=pl'));
            }""";

    private final Chromium chromium = Chromium.shared();
    private final String app;

    NewcomerFindsTheirWayTest(EmbeddedServer server) {
        this.app = server.getURL().toString();
    }

    @Test
    void choosesTheMunicipalityOpensTheGpTopicAndSeesLocalDetailsInPolishAlsoOffline(@TempDir Path profile) {
        try (BrowserContext phone = chromium.phone(profile, false)) {
            Page page = phone.newPage();
            page.navigate(app + "/?lang=pl");
            page.locator("html[lang=pl]").waitFor();
            page.navigate(app + "/?lang=pl#/municipalities");
            page.locator("#municipality-search").fill("voorbeeld");
            page.locator("a.card[href='#/wegwijs/GM9999']").click();
            page.locator("a.card[href='#/wegwijs/GM9999/zorg-en-huisarts']").waitFor();
            assertFalse(page.locator("main").textContent().contains("null"), "no empty parts shown as 'null'");
            page.locator("a.card[href='#/wegwijs/GM9999/zorg-en-huisarts']").click();

            Locator gp = page.locator(".place", new Page.LocatorOptions().setHasText("Huisartsenpraktijk De Linde"));
            assertTrue(gp.locator("p[lang=pl]").textContent().contains("pacjentów"), "the local note in Polish");
            assertEquals("tel:+31300987654", gp.locator("a[href^='tel:']").getAttribute("href"));
            assertEquals("0 3 0, 0 9 8, 7 6, 5 4", gp.locator("a[href^='tel:']").getAttribute("aria-label"));
            assertEquals(7, gp.locator("table.hours tr").count());
            assertTrue(gp.locator(".open-now, .closed-now").isVisible(), "says whether it is open now");
            page.waitForFunction(TOPIC_CACHED);

            phone.setOffline(true);
            page.reload();
            Locator offlineGp = page.locator(".place", new Page.LocatorOptions().setHasText("Huisartsenpraktijk De Linde"));
            offlineGp.waitFor();
            assertTrue(offlineGp.locator("p[lang=pl]").textContent().contains("pacjentów"), "still there offline");
            assertEquals("pl", page.locator("h1#page-title").getAttribute("lang"));
        }
    }

    @Test
    void aDutchWordHeardAtTheCounterFindsTheTopicInTheReadersLanguage(@TempDir Path profile) {
        try (BrowserContext phone = chromium.phone(profile, false)) {
            Page page = phone.newPage();
            page.navigate(app + "/?lang=ar&municipality=GM9999#/search");
            page.locator("#search-input").fill("huisarts");

            Locator first = page.locator("a.card").first();
            assertEquals("#/wegwijs/GM9999/zorg-en-huisarts", first.getAttribute("href"));
            assertTrue(first.textContent().matches(".*\\p{IsArabic}.*"), "shown in Arabic: " + first.textContent());
            assertEquals("rtl", page.evaluate("document.documentElement.dir"));
        }
    }
}
