package nl.meedoen.pwa;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Request;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.meedoen.testing.Chromium;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A newcomer on a phone chooses a language, reads the values module, and keeps reading offline. */
@MicronautTest(transactional = false)
class NewcomerReadsValuesModuleTest {

    private static final String MODULE_CACHED_IN_ARABIC = """
            async () => {
              const cache = await caches.open('meedoen-api-v1');
              const urls = (await cache.keys()).map(request => request.url);
              return urls.filter(url => url.includes('/api/v1/values/') && url.endsWith('lang=ar')).length >= 9;
            }""";

    private final String app;
    private final Chromium chromium = Chromium.shared();

    NewcomerReadsValuesModuleTest(EmbeddedServer server) {
        this.app = server.getURL().toString();
    }

    @Test
    void choosesArabicReadsAPageAndKeepsReadingOfflineAfterARestart(@TempDir Path profile) {
        try (BrowserContext phone = chromium.phone(profile, false)) {
            Page page = phone.newPage();
            List<Request> requests = new ArrayList<>();
            page.onRequestFinished(requests::add);
            page.navigate(app + "/");
            page.locator("button[lang=ar]").waitFor();
            long transferred = requests.stream().mapToLong(r -> r.sizes().responseBodySize + r.sizes().responseHeadersSize).sum();
            assertTrue(transferred < 150_000, "first visit transfers " + transferred + " bytes before the picker is usable");
            page.locator("button[lang=ar]").click();

            page.locator("html[lang=ar][dir=rtl]").waitFor();
            page.locator("a.card[href='#/values']").click();
            page.locator(".page-list a[href='#/values/vrijheid']").click();
            String title = page.locator("h1#page-title").textContent();
            assertTrue(title.matches(".*\\p{IsArabic}.*"), "Arabic title: " + title);
            assertEquals("rtl", page.locator("h1#page-title").getAttribute("dir"));
            assertTrue(page.locator(".notice").first().isVisible(), "the unreviewed translation says so");
            page.waitForFunction(MODULE_CACHED_IN_ARABIC);

            phone.setOffline(true);
            page.reload();
            assertEquals(title, page.locator("h1#page-title").textContent());
        }

        try (BrowserContext restarted = chromium.phone(profile, true)) {
            Page page = restarted.pages().isEmpty() ? restarted.newPage() : restarted.pages().getFirst();
            page.navigate(app + "/#/values/solidariteit");

            String title = page.locator("h1#page-title").textContent();
            assertTrue(title.matches(".*\\p{IsArabic}.*"), "still Arabic, offline, after a restart: " + title);
            assertEquals("rtl", page.evaluate("document.documentElement.dir"));
            assertTrue(page.locator(".translated-text p").count() > 2, "the whole page text is there");
        }
    }

    @Test
    void readsTheModuleInTigrinyaWithTheDutchTextBesideIt(@TempDir Path profile) {
        try (BrowserContext phone = chromium.phone(profile, false)) {
            Page page = phone.newPage();
            page.navigate(app + "/");
            page.locator("button[lang=ti]").click();

            page.locator("html[lang=ti]").waitFor();
            assertEquals("ltr", page.evaluate("document.documentElement.dir"));
            page.navigate(app + "/#/values/introductie");
            String title = page.locator("h1#page-title").textContent();
            assertTrue(title.matches(".*\\p{IsEthiopic}.*"), "Tigrinya title: " + title);

            page.setViewportSize(320, 640);
            assertEquals(true, page.evaluate("document.documentElement.scrollWidth <= 320"), "no sideways scrolling at 320 px");
            page.evaluate("document.documentElement.style.fontSize = '200%'");
            assertEquals(true, page.evaluate("document.documentElement.scrollWidth <= 320"), "nor with text at 200%");
            page.evaluate("document.documentElement.style.fontSize = ''");

            page.locator(".toolbar button").nth(1).click();
            assertEquals("nl", page.locator(".dutch-text").getAttribute("lang"));
            assertTrue(page.locator(".dutch-text h2").first().textContent().length() > 0);
        }
    }
}
