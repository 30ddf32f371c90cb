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
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A coordinator signs in, registers a newcomer, prints the invitation, and the link on the letter
 * opens the newcomer's app in their language on their own phone.
 */
@MicronautTest(transactional = false)
class CoordinatorInvitesNewcomerTest {

    // Browser regular expressions know no \p{IsArabic} without the u flag, which Playwright cannot pass on.
    private static final Pattern ARABIC = Pattern.compile("[\\u0600-\\u06FF]");
    private static final Pattern CODE = Pattern.compile("^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$");

    private final Chromium chromium = Chromium.shared();
    private final String app;

    CoordinatorInvitesNewcomerTest(EmbeddedServer server) {
        this.app = server.getURL().toString().replaceAll("/$", "");
    }

    @Test
    void theLetterLinkOpensTheNewcomersAppInTheirLanguage(@TempDir Path desk, @TempDir Path phone) {
        String code;
        String link;
        try (BrowserContext coordinator = chromium.phone(desk, false)) {
            Page page = coordinator.newPage();
            page.navigate(app + "/#/staff");
            page.locator("#staff-email").fill("coordinator@voorbeeldstad.example");
            page.locator("#staff-password").fill("Meedoen-demo-2026");
            page.locator("form button[type=submit]").click();

            assertThat(page.locator("#newcomer-name")).isVisible();
            assertThat(page.locator("main")).not().containsText("null"); // no empty parts shown as 'null'
            page.locator("#newcomer-name").fill("Amal Haddad");
            page.locator("#newcomer-language").selectOption("ar");
            page.locator("#newcomer-regime").selectOption("wi2021");
            page.locator("#newcomer-name").press("Enter");

            // the letter has a Dutch half and an Arabic half, each with the same code to type in
            Locator codes = page.locator(".letter .letter-code");
            assertThat(codes.first()).hasText(CODE);
            code = codes.first().textContent();
            assertThat(codes).hasText(new String[] {code, code});
            Locator arabic = page.locator(".letter-half").nth(1);
            assertThat(arabic).hasAttribute("lang", "ar");
            assertThat(arabic).hasAttribute("dir", "rtl");
            assertThat(arabic.locator("p").first()).containsText("Amal Haddad");

            // the QR code is embedded in the page, so it prints without a trip to the server
            Locator qr = page.locator(".letter-qr");
            assertThat(qr).hasAttribute("src", Pattern.compile("^data:image/svg\\+xml;base64,"));
            assertTrue(((Number) qr.evaluate("img => img.decode().then(() => img.naturalWidth)")).intValue() > 0,
                    "the QR code is a picture that can be drawn");
            assertThat(qr).hasAttribute("alt", Pattern.compile("#/invite/" + code + "$"));
            link = qr.getAttribute("alt");
        }

        try (BrowserContext newcomer = chromium.phone(phone, false)) {
            // when the newcomer opens the link on their own phone (the letter points at the public address)
            Page page = newcomer.newPage();
            page.navigate(link.replace("http://localhost:8080", app));
            assertThat(page.locator("html")).hasAttribute("lang", "ar");
            assertThat(page.locator("html")).hasAttribute("dir", "rtl");
            assertThat(page.locator("#invite-code")).hasValue(code);
            page.locator("form button[type=submit]").click();

            // then they are welcomed by name, in Arabic
            Locator welcome = page.locator("h1");
            assertThat(welcome).containsText("Amal Haddad");
            assertThat(welcome).containsText(ARABIC);

            // and opening Meedoen again from the home screen keeps their language and municipality
            page.navigate(app + "/");
            assertThat(page.locator("html")).hasAttribute("lang", "ar");
            Locator wegwijs = page.locator("a.card").nth(1);
            assertThat(wegwijs).hasAttribute("href", "#/wegwijs/GM9999");
            wegwijs.click();
            assertThat(page.locator("h1")).containsText("Voorbeeldstad");
        }
    }
}
