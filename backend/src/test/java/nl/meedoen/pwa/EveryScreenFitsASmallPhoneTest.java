package nl.meedoen.pwa;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.meedoen.testing.Api;
import nl.meedoen.testing.Chromium;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every screen a newcomer sees fits a 320 px wide phone with text at 200% (WCAG reflow): nothing scrolls
 * sideways, also right to left, and search fields keep room to type in. The staff screens fit a 360 px phone.
 */
@MicronautTest(transactional = false)
class EveryScreenFitsASmallPhoneTest {


    private static final String NARROW_FIELDS = """
            () => [...document.querySelectorAll('main input')]
              .filter(input => input.getBoundingClientRect().width < 200)
              .map(input => '#' + input.id + ' (' + Math.round(input.getBoundingClientRect().width) + ' px)')
              .join(', ')""";

    @Serdeable
    record Texts(Map<String, String> messages) {
    }

    @Serdeable
    record Tokens(String accessToken) {
    }

    @Serdeable
    record Created(String id) {
    }

    /** A screen by its link, and what shows that it has finished drawing. */
    private record Screen(String name, String hash, String drawn) {
    }

    private static final List<Screen> SCREENS = List.of(
            new Screen("language picker", "#/language", ".language-list button[lang=ti]"),
            new Screen("values module", "#/values", ".page-list a[href='#/values/vrijheid']"),
            new Screen("values page", "#/values/participatie", ".translated-text p"),
            new Screen("municipality choice", "#/municipalities", "a.card[href='#/wegwijs/GM9999']"),
            new Screen("wegwijs", "#/wegwijs/GM9999", "a.card[href='#/wegwijs/GM9999/zorg-en-huisarts']"),
            new Screen("wegwijs topic", "#/wegwijs/GM9999/zorg-en-huisarts", ".place table.hours"),
            new Screen("search", "#/search?q=huisarts", "a.card[href='#/wegwijs/GM9999/zorg-en-huisarts']"),
            new Screen("invitation", "#/invite", "#invite-code"));

    private final String app;
    private final Api api;
    private final Chromium chromium = Chromium.shared();

    EveryScreenFitsASmallPhoneTest(EmbeddedServer server, JsonMapper json) {
        this.app = server.getURL().toString().replaceAll("/$", "");
        this.api = new Api(server, json);
    }

    @ParameterizedTest
    @ValueSource(strings = {"nl", "ar"})
    void noScreenScrollsSidewaysAt320PixelsWithTextAt200Percent(String lang, @TempDir Path profile) {
        String showDutch = api.get("/api/v1/messages?lang=" + lang).as(Texts.class).messages().get("page.showDutch");
        try (BrowserContext phone = chromium.phone(profile, false)) {
            Page page = phone.newPage();
            page.setViewportSize(320, 640);
            page.navigate(app + "/?lang=" + lang + "&municipality=GM9999");
            assertThat(page.locator("html")).hasAttribute("lang", lang);

            for (Screen screen : SCREENS) {
                page.navigate(app + "/?lang=" + lang + "&municipality=GM9999" + screen.hash());
                assertThat(page.locator(screen.drawn()).first()).isVisible();
                if (screen.name().equals("values page") && !lang.equals("nl")) {
                    // the Dutch text beside the translation is the widest the page gets
                    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(showDutch)).click();
                    assertThat(page.locator(".dutch-text").first()).isVisible();
                }
                page.evaluate("document.documentElement.style.fontSize = '200%'");

                String where = screen.name() + " in " + lang;
                Chromium.assertEverythingFitsTheScreen(page, "wider than the 320 px screen on the " + where);
                assertEquals("", page.evaluate(NARROW_FIELDS), "fields too narrow to type in on the " + where);
            }
        }
    }

    @Test
    void theStaffScreensFitA360PixelPhone(@TempDir Path profile) {
        String token = "Bearer " + api.send("POST", "/api/v1/sign-in",
                Map.of("email", "coordinator@voorbeeldstad.example", "password", "Meedoen-demo-2026")).as(Tokens.class).accessToken();
        String newcomer = api.send("POST", "/api/v1/municipalities/GM9999/newcomers", Map.of("name", "Abdulrahman Al-Khatib Haddad",
                "preferredLanguage", "ckb", "targetGroup", "family-migrant", "regime", "wi2021", "email", "abdulrahman.alkhatib@example.org"),
                "Authorization", token).as(Created.class).id();
        try (BrowserContext phone = chromium.phone(profile, false)) {
            Page page = phone.newPage();
            page.setViewportSize(360, 740);
            page.navigate(app + "/#/staff");
            page.locator("#staff-email").fill("coordinator@voorbeeldstad.example");
            page.locator("#staff-password").fill("Meedoen-demo-2026");
            page.locator("form button[type=submit]").click();
            assertThat(page.locator("#staff-list li").first()).isVisible();
            Chromium.assertEverythingFitsTheScreen(page, "the staff screen is wider than 360 px");

            page.navigate(app + "/#/staff/GM9999/newcomers/" + newcomer);
            assertThat(page.locator(".facts")).isVisible();
            Chromium.assertEverythingFitsTheScreen(page, "a newcomer's screen is wider than 360 px");

            page.locator("#open-ceremony").click();
            assertThat(page.locator(".declaration-translation[dir=rtl]").first()).isVisible();
            assertThat(page.locator("#ceremony-signature")).isVisible();
            Chromium.assertEverythingFitsTheScreen(page, "the signing ceremony is wider than 360 px");
            page.navigate(app + "/#/staff/GM9999/newcomers/" + newcomer);
            assertThat(page.locator(".facts")).isVisible();

            page.navigate(app + "/#/staff/GM9999/newcomers/" + newcomer + "/letter");
            page.locator("#new-code").click();
            assertThat(page.locator(".letter .letter-code").first()).isVisible();
            Chromium.assertEverythingFitsTheScreen(page, "the letter is wider than 360 px");
        }
    }
}
