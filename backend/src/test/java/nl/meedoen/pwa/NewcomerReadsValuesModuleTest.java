package nl.meedoen.pwa;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.options.AriaRole;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.meedoen.testing.Api;
import nl.meedoen.testing.Chromium;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A newcomer on a phone chooses a language, reads the values module, and keeps reading offline. */
@MicronautTest(transactional = false)
class NewcomerReadsValuesModuleTest {

    // Browser regular expressions know no \p{IsArabic} without the u flag, which Playwright cannot pass on.
    private static final Pattern ARABIC = Pattern.compile("[\\u0600-\\u06FF]");
    private static final Pattern ETHIOPIC = Pattern.compile("[\\u1200-\\u137F]");

    private static final String MODULE_CACHED_IN_ARABIC = """
            async () => {
              const cache = await caches.open('meedoen-api-v1');
              const urls = (await cache.keys()).map(request => request.url);
              return urls.filter(url => url.includes('/api/v1/values/') && url.endsWith('lang=ar')).length >= 9;
            }""";

    private static final String SEARCH_INDEX_CACHED_IN_ARABIC = """
            async () => {
              const cache = await caches.open('meedoen-api-v1');
              return (await cache.keys()).some(request => request.url.endsWith('/api/v1/search-index?lang=ar'));
            }""";

    @Serdeable
    record Texts(Map<String, String> messages) {
    }

    @Serdeable
    record ValuesPage(String title, String status) {
    }

    private final String app;
    private final Api api;
    private final Chromium chromium = Chromium.shared();

    NewcomerReadsValuesModuleTest(EmbeddedServer server, JsonMapper json) {
        this.app = server.getURL().toString().replaceAll("/$", "");
        this.api = new Api(server, json);
    }

    @Test
    void choosesArabicReadsAPageAndKeepsReadingOfflineAfterARestart(@TempDir Path profile) {
        // given a page of the module whose Arabic translation nobody has checked yet
        assertEquals("unreviewed", api.get("/api/v1/values/vrijheid?lang=ar").as(ValuesPage.class).status());
        String unreviewed = api.get("/api/v1/messages?lang=ar").as(Texts.class).messages().get("status.unreviewed");

        try (BrowserContext phone = chromium.phone(profile, false)) {
            Page page = phone.newPage();
            List<Request> requests = new ArrayList<>();
            page.onRequestFinished(requests::add);
            // the picker is usable once its list of languages has arrived; counting stops there
            page.waitForRequestFinished(new Page.WaitForRequestFinishedOptions()
                    .setPredicate(request -> request.url().contains("/api/v1/locales")), () -> page.navigate(app + "/"));
            assertThat(page.locator("button[lang=ar]")).isVisible();
            // Asking Playwright for sizes lets further requests arrive in the list, so count a copy.
            long transferred = List.copyOf(requests).stream()
                    .mapToLong(r -> r.sizes().responseBodySize + r.sizes().responseHeadersSize).sum();
            assertTrue(transferred < 150_000, "first visit transfers " + transferred + " bytes before the picker is usable");
            page.locator("button[lang=ar]").click();

            assertThat(page.locator("html")).hasAttribute("lang", "ar");
            assertThat(page.locator("html")).hasAttribute("dir", "rtl");
            page.locator("a.card[href='#/values']").click();
            page.locator(".page-list a[href='#/values/vrijheid']").click();
            Locator heading = page.locator("h1#page-title");
            assertThat(heading).containsText(ARABIC);
            assertThat(heading).hasAttribute("dir", "rtl");
            assertThat(page.getByText(unreviewed)).isVisible(); // the unchecked translation says so
            String title = heading.textContent();
            Chromium.awaitInPage(page, MODULE_CACHED_IN_ARABIC);

            phone.setOffline(true);
            page.reload();
            assertThat(page.locator("#network-status")).isVisible();
            assertThat(heading).hasText(title);
        }

        try (BrowserContext restarted = chromium.phone(profile, true)) {
            // when the phone is started again without a connection and another page of the module is opened
            Page page = restarted.pages().isEmpty() ? restarted.newPage() : restarted.pages().getFirst();
            page.navigate(app + "/#/values/solidariteit");

            // then it is still in Arabic, with the whole page text
            assertThat(page.locator("h1#page-title")).containsText(ARABIC);
            assertThat(page.locator("html")).hasAttribute("dir", "rtl");
            assertThat(page.locator(".translated-text p").nth(2)).isVisible();
        }
    }

    @Test
    void readsTheModuleInTigrinyaWithTheDutchTextBesideIt(@TempDir Path profile) {
        String showDutch = api.get("/api/v1/messages?lang=ti").as(Texts.class).messages().get("page.showDutch");
        String dutchTitle = api.get("/api/v1/values/introductie?lang=nl").as(ValuesPage.class).title();

        try (BrowserContext phone = chromium.phone(profile, false)) {
            Page page = phone.newPage();
            page.navigate(app + "/");
            page.locator("button[lang=ti]").click();

            assertThat(page.locator("html")).hasAttribute("lang", "ti");
            assertThat(page.locator("html")).hasAttribute("dir", "ltr");
            page.navigate(app + "/#/values/introductie");
            assertThat(page.locator("h1#page-title")).containsText(ETHIOPIC);

            // a narrow phone, and the same with large text, never needs sideways scrolling
            page.setViewportSize(320, 640);
            int width = pageWidth(page);
            assertTrue(width <= 320, "the page is " + width + " px wide at 320 px");
            page.evaluate("document.documentElement.style.fontSize = '200%'");
            width = pageWidth(page);
            assertTrue(width <= 320, "the page is " + width + " px wide at 320 px with text at 200%");
            page.evaluate("document.documentElement.style.fontSize = ''");

            // when the reader asks for the Dutch text beside the translation
            Locator button = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(showDutch));
            button.click();

            // then it appears, marked as Dutch, headed by the Dutch title
            assertThat(button).hasAttribute("aria-pressed", "true");
            Locator dutch = page.locator(".dutch-text");
            assertThat(dutch.first()).hasAttribute("lang", "nl");
            assertThat(page.locator(".dutch-title")).hasText(dutchTitle);

            // and on a phone each Dutch block comes right under its translated block, not after the whole text
            page.setViewportSize(360, 740);
            Locator firstHeading = page.locator(".pair").filter(new Locator.FilterOptions().setHas(page.locator(".pair-text h2"))).first();
            assertThat(firstHeading.locator(".pair-text h2")).containsText(ETHIOPIC);
            assertThat(firstHeading.locator(".dutch-text h2")).hasText("Wat is de participatieverklaring?");
            Locator paragraph = page.locator(".pair").nth(1);
            assertThat(paragraph.locator(".pair-text p")).containsText(ETHIOPIC);
            assertThat(paragraph.locator(".dutch-text p")).containsText("Welkom in Nederland");
            var translated = paragraph.locator(".pair-text").boundingBox();
            var itsDutch = paragraph.locator(".dutch-text").boundingBox();
            double between = itsDutch.y - (translated.y + translated.height);
            assertTrue(between >= 0 && between < 24, "the Dutch block starts " + between + " px below its translation");
            assertTrue(pageWidth(page) <= 360, "the paired text is wider than the phone");

            // and on a wide screen it stands beside its translation
            page.setViewportSize(1280, 800);
            assertThat(paragraph.locator(".dutch-text")).isVisible();
            translated = paragraph.locator(".pair-text").boundingBox();
            itsDutch = paragraph.locator(".dutch-text").boundingBox();
            assertEquals(translated.y, itsDutch.y, 1, "side by side, the Dutch block starts on the same line");
            assertTrue(itsDutch.x >= translated.x + translated.width, "in a left-to-right language the Dutch is to the right");
        }
    }

    @Test
    void searchesOfflineAfterARestartWithoutHavingOpenedSearchOnline(@TempDir Path profile) {
        try (BrowserContext phone = chromium.phone(profile, false)) {
            // given a newcomer who chose Arabic and opened the values module, but never the search
            Page page = phone.newPage();
            page.navigate(app + "/");
            page.locator("button[lang=ar]").click();
            page.locator("a.card[href='#/values']").click();
            assertThat(page.locator(".page-list a").first()).isVisible();
            Chromium.awaitInPage(page, MODULE_CACHED_IN_ARABIC);
            Chromium.awaitInPage(page, SEARCH_INDEX_CACHED_IN_ARABIC);
        }

        try (BrowserContext restarted = chromium.phone(profile, true)) {
            // when the phone is started again without a connection and they search for a Dutch word
            Page page = restarted.pages().isEmpty() ? restarted.newPage() : restarted.pages().getFirst();
            page.navigate(app + "/#/search");
            page.locator("#search-input").fill("vrijheid");

            // then the page about freedom is found, in Arabic
            Locator found = page.locator("a.card[href='#/values/vrijheid']");
            assertThat(found).containsText(ARABIC);
            found.click();
            assertThat(page.locator("h1#page-title")).containsText(ARABIC);
        }
    }

    /** Width of the whole page; reading it lays the page out first, so it is exact at the moment of asking. */
    private static int pageWidth(Page page) {
        return ((Number) page.evaluate("document.documentElement.scrollWidth")).intValue();
    }
}
