package nl.meedoen.pwa;

import com.microsoft.playwright.BrowserContext;
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

/**
 * A coordinator signs in, registers a newcomer, prints the invitation, and the link on the letter
 * opens the newcomer's app in their language on their own phone.
 */
@MicronautTest(transactional = false)
class CoordinatorInvitesNewcomerTest {

    private final Chromium chromium = Chromium.shared();
    private final String app;

    CoordinatorInvitesNewcomerTest(EmbeddedServer server) {
        this.app = server.getURL().toString();
    }

    @Test
    void theLetterLinkOpensTheNewcomersAppInTheirLanguage(@TempDir Path desk, @TempDir Path phone) {
        String link;
        try (BrowserContext coordinator = chromium.phone(desk, false)) {
            Page page = coordinator.newPage();
            page.navigate(app + "/#/staff");
            page.locator("#staff-email").fill("coordinator@voorbeeldstad.example");
            page.locator("#staff-password").fill("Meedoen-demo-2026");
            page.locator("form button[type=submit]").click();

            page.locator("#newcomer-name").waitFor();
            assertFalse(page.locator("main").textContent().contains("null"), "no empty parts shown as 'null'");
            page.locator("#newcomer-name").fill("Amal Haddad");
            page.locator("#newcomer-language").selectOption("ar");
            page.locator("#newcomer-regime").selectOption("wi2021");
            page.locator("#newcomer-name").press("Enter");

            page.locator(".letter").waitFor();
            String code = page.locator(".letter-code").first().textContent();
            assertTrue(code.matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}"), code);
            assertEquals("ar", page.locator(".letter-half").nth(1).getAttribute("lang"));
            assertTrue(page.locator(".letter-half[lang=ar] p").first().textContent().contains("Amal Haddad"));
            assertTrue(page.locator(".letter-qr").getAttribute("src").startsWith("data:image/svg+xml;base64,"));
            link = page.locator(".letter-qr").getAttribute("alt");
            assertTrue(link.endsWith("#/invite/" + code), link);
        }

        try (BrowserContext newcomer = chromium.phone(phone, false)) {
            Page page = newcomer.newPage();
            page.navigate(link.replace("http://localhost:8080", app.replaceAll("/$", "")));
            page.locator("html[lang=ar][dir=rtl]").waitFor();
            page.locator("form button[type=submit]").click();

            String welcome = page.locator("h1", new Page.LocatorOptions().setHasText("Amal Haddad")).textContent();
            assertTrue(welcome.contains("Amal Haddad") && welcome.matches(".*\\p{IsArabic}.*"), welcome);
            assertEquals("ar", page.evaluate("localStorage.getItem('meedoen.lang')"));
            assertEquals("GM9999", page.evaluate("localStorage.getItem('meedoen.municipality')"));
        }
    }
}
