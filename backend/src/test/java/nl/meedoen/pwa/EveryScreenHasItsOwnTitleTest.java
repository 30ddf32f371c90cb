package nl.meedoen.pwa;

import com.microsoft.playwright.BrowserContext;
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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The window title names the screen in the reader's language: it is what a screen reader announces
 * when a screen opens, and what the phone shows in its list of open apps and tabs.
 */
@MicronautTest(transactional = false)
class EveryScreenHasItsOwnTitleTest {

    @Serdeable
    record Texts(Map<String, String> messages) {
    }

    @Serdeable
    record ValuesPage(String title) {
    }

    private final Chromium chromium = Chromium.shared();
    private final String app;
    private final Api api;

    EveryScreenHasItsOwnTitleTest(EmbeddedServer server, JsonMapper json) {
        this.app = server.getURL().toString().replaceAll("/$", "");
        this.api = new Api(server, json);
    }

    @Test
    void everyScreenNamesItselfInArabicInTheWindowTitle(@TempDir Path profile) {
        Map<String, String> arabic = api.get("/api/v1/messages?lang=ar").as(Texts.class).messages();
        Map<String, String> screens = new LinkedHashMap<>();
        screens.put("#/", arabic.get("home.title"));
        screens.put("#/language", arabic.get("language.title"));
        screens.put("#/values", arabic.get("values.title"));
        screens.put("#/values/vrijheid", api.get("/api/v1/values/vrijheid?lang=ar").as(ValuesPage.class).title());
        screens.put("#/search", arabic.get("search.title"));
        screens.put("#/municipalities", arabic.get("wegwijs.chooseMunicipality"));
        screens.put("#/wegwijs/GM9999", arabic.get("wegwijs.title"));
        screens.put("#/invite", arabic.get("invite.title"));

        try (BrowserContext phone = chromium.phone(profile, false)) {
            Page page = phone.newPage();
            page.navigate(app + "/?lang=ar");
            assertThat(page.locator("html")).hasAttribute("lang", "ar");
            screens.forEach((screen, name) -> {
                page.navigate(app + "/?lang=ar" + screen);
                // the screen's own name first, then the app's
                assertThat(page).hasTitle(Pattern.compile("^" + literally(name) + ".+" + literally(arabic.get("app.name")) + "$"));
            });
        }
    }

    /** A text as a regular expression that matches it as it is: the browser, which runs it, knows no \Q…\E. */
    private static String literally(String text) {
        return text.replaceAll("[\\\\^$.|?*+()\\[\\]{}]", "\\\\$0");
    }
}
