package nl.meedoen.pwa;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import nl.meedoen.testing.Chromium;
import nl.meedoen.testing.TestOidcIssuer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * A coordinator signs in with their organisation's account in a real browser: Meedoen, the provider
 * (another site) and back, with the browser's cookie surviving the way back; someone the provider may
 * not sign in reads why, in Dutch.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StaffSignInThroughTheirOrganisationTest implements TestPropertyProvider {

    private final TestOidcIssuer issuer = new TestOidcIssuer("test-secret");
    private final int port = freePort();
    private final Chromium chromium = Chromium.shared();

    @Override
    public Map<String, String> getProperties() {
        return Map.of(
                "micronaut.server.port", String.valueOf(port),
                "meedoen.public-url", app(),
                "meedoen.oidc.voorbeeldstad.issuer", issuer.url(),
                "meedoen.oidc.voorbeeldstad.client-id", "meedoen",
                "meedoen.oidc.voorbeeldstad.client-secret", "test-secret",
                "meedoen.oidc.voorbeeldstad.label", "Voorbeeldstad-account",
                "meedoen.oidc.voorbeeldstad.municipalities", "GM9999");
    }

    @AfterAll
    void stopIssuer() {
        issuer.close();
    }

    @Test
    void aCoordinatorSignsInWithTheirOrganisationsAccount(@TempDir Path desk) {
        issuer.signInAs("coordinator@voorbeeldstad.example");
        try (BrowserContext browser = chromium.phone(desk, false)) {
            Page page = browser.newPage();
            page.navigate(app() + "/#/staff");

            page.locator("a.button", new Page.LocatorOptions().setHasText("Voorbeeldstad-account")).click();

            assertThat(page.locator("h1")).containsText("Voorbeeldstad");
            assertThat(page.locator("#newcomer-name")).isVisible();
            assertEquals("#/staff", page.evaluate("location.hash"), "the one-time code is gone from the address");
        }
    }

    @Test
    void thePlatformAdminIsToldInDutchToSignInWithAPassword(@TempDir Path desk) {
        issuer.signInAs("admin@meedoen.example");
        try (BrowserContext browser = chromium.phone(desk, false)) {
            Page page = browser.newPage();
            page.navigate(app() + "/#/staff");

            page.locator("a.button", new Page.LocatorOptions().setHasText("Voorbeeldstad-account")).click();

            assertThat(page.locator("[role=alert]")).containsText("Met deze inlogdienst kun je niet inloggen");
            assertThat(page.locator("#staff-password")).isVisible();
            assertNull(page.evaluate("sessionStorage.getItem('meedoen.staff.access')"));
        }
    }

    private String app() {
        return "http://localhost:" + port;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
