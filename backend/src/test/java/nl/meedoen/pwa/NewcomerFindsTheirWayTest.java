package nl.meedoen.pwa;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.meedoen.testing.Api;
import nl.meedoen.testing.Chromium;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** A newcomer in the demo municipality finds where to go, in their language, also offline. */
@MicronautTest(transactional = false)
class NewcomerFindsTheirWayTest {

    // Browser regular expressions know no \p{IsArabic} without the u flag, which Playwright cannot pass on.
    private static final Pattern ARABIC = Pattern.compile("[\\u0600-\\u06FF]");

    private static final String TOPIC_CACHED = """
            async () => {
              const cache = await caches.open('meedoen-api-v1');
              const urls = (await cache.keys()).map(request => request.url);
              return urls.some(url => url.includes('/wegwijs/zorg-en-huisarts?lang=pl'));
            }""";

    @Serdeable
    record Texts(Map<String, String> messages) {
    }

    private final Chromium chromium = Chromium.shared();
    private final String app;
    private final Api api;

    NewcomerFindsTheirWayTest(EmbeddedServer server, JsonMapper json) {
        this.app = server.getURL().toString().replaceAll("/$", "");
        this.api = new Api(server, json);
    }

    @Test
    void choosesTheMunicipalityOpensTheGpTopicAndSeesLocalDetailsInPolishAlsoOffline(@TempDir Path profile) {
        Map<String, String> polish = api.get("/api/v1/messages?lang=pl").as(Texts.class).messages();
        try (BrowserContext phone = chromium.phone(profile, false)) {
            Page page = phone.newPage();
            page.navigate(app + "/?lang=pl");
            assertThat(page.locator("html")).hasAttribute("lang", "pl");
            page.navigate(app + "/?lang=pl#/municipalities");
            page.locator("#municipality-search").fill("voorbeeld");
            assertThat(page.locator("a.card[href='#/wegwijs/GM9999']")).containsText(polish.get("wegwijs.demoLabel"));
            page.locator("a.card[href='#/wegwijs/GM9999']").click();
            // the demo municipality says, in Polish, that it is made up
            assertThat(page.locator("main .notice")).hasText(polish.get("wegwijs.demoNotice"));
            Locator gpTopic = page.locator("a.card[href='#/wegwijs/GM9999/zorg-en-huisarts']");
            assertThat(gpTopic).isVisible();
            assertThat(page.locator("main")).not().containsText("null"); // no empty parts shown as 'null'
            gpTopic.click();

            Locator gp = page.locator(".place", new Page.LocatorOptions().setHasText("Huisartsenpraktijk De Linde"));
            assertThat(gp.locator("p[lang=pl]")).containsText("pacjentów"); // the local note in Polish
            Locator phoneNumber = gp.locator("a[href^='tel:']");
            assertThat(phoneNumber).hasAttribute("href", "tel:+31300987654");
            assertThat(phoneNumber).hasAttribute("aria-label", "0 3 0, 0 9 8, 7 6, 5 4"); // read out in groups
            assertThat(gp.locator("table.hours tr")).hasCount(7);
            assertThat(gp.locator(".open-now, .closed-now")).isVisible(); // says whether it is open now
            // the map opens outside the app, and a screen reader says so
            Locator map = gp.locator("a", new Locator.LocatorOptions().setHasText(polish.get("place.map")));
            assertThat(map).hasAttribute("target", "_blank");
            assertThat(map).hasAttribute("rel", Pattern.compile("\\bnoopener\\b"));
            assertThat(map).hasAccessibleName(Pattern.compile(literally(polish.get("link.opensOutside"))));
            Chromium.awaitInPage(page, TOPIC_CACHED);

            // when the phone loses its connection and the page is opened again
            phone.setOffline(true);
            page.reload();

            // then the same local details are there, and the app says it is offline
            assertThat(page.locator("#network-status")).isVisible();
            Locator offlineGp = page.locator(".place", new Page.LocatorOptions().setHasText("Huisartsenpraktijk De Linde"));
            assertThat(offlineGp.locator("p[lang=pl]")).containsText("pacjentów");
            assertThat(page.locator("h1#page-title")).hasAttribute("lang", "pl");
        }
    }

    @Test
    void aDutchWordHeardAtTheCounterFindsTheTopicInTheReadersLanguage(@TempDir Path profile) {
        try (BrowserContext phone = chromium.phone(profile, false)) {
            Page page = phone.newPage();
            page.navigate(app + "/?lang=ar&municipality=GM9999#/search");
            page.locator("#search-input").fill("huisarts");

            Locator first = page.locator("a.card").first();
            assertThat(first).hasAttribute("href", "#/wegwijs/GM9999/zorg-en-huisarts");
            assertThat(first).containsText(ARABIC);
            assertThat(page.locator("html")).hasAttribute("dir", "rtl");
        }
    }

    @Test
    void aTopicFoundBeforeChoosingAMunicipalityOpensOnceOneIsChosen(@TempDir Path profile) {
        try (BrowserContext phone = chromium.phone(profile, false)) {
            // given a newcomer who has not chosen a municipality and finds the GP topic by search
            Page page = phone.newPage();
            page.navigate(app + "/?lang=ar#/search");
            page.locator("#search-input").fill("huisarts");
            page.locator("a.card").first().click();

            // when they are asked for their municipality and choose it
            page.locator("#municipality-search").fill("voorbeeld");
            page.locator("a.card", new Page.LocatorOptions().setHasText("Voorbeeldstad")).click();

            // then the topic they tapped opens, in their municipality
            assertThat(page).hasURL(Pattern.compile("#/wegwijs/GM9999/zorg-en-huisarts$"));
            assertThat(page.locator("h1#page-title")).containsText(ARABIC);
            assertThat(page.locator(".place").first()).isVisible();
        }
    }

    /** A text as a regular expression that matches it as it is: the browser, which runs it, knows no \Q…\E. */
    private static String literally(String text) {
        return text.replaceAll("[\\\\^$.|?*+()\\[\\]{}]", "\\\\$0");
    }
}
