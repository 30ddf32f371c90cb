package nl.meedoen.attendance;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.meedoen.testing.Api;
import nl.meedoen.testing.Chromium;
import nl.meedoen.testing.Sql;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** The newcomer's booking screen shows the check-in QR code, and still shows it without a connection. */
@MicronautTest(transactional = false)
class NewcomerShowsTheirCheckInCodeOfflineTest {

    private final Chromium chromium = Chromium.shared();
    private final String app;
    private final AttendanceTestData data;

    NewcomerShowsTheirCheckInCodeOfflineTest(EmbeddedServer server, JsonMapper json, Sql sql) {
        this.app = server.getURL().toString().replaceAll("/$", "");
        this.data = new AttendanceTestData(new Api(server, json), sql);
    }

    @Test
    void theQrCodeIsThereOnlineAndOffline(@TempDir Path profile) {
        String town = data.municipality();
        UUID session = data.session(town, Instant.now().plus(Duration.ofDays(2)), 10);
        AttendanceTestData.Newcomer newcomer = data.newcomer(town, "en");
        data.book(newcomer.id(), session, "confirmed");

        try (BrowserContext phone = chromium.phone(profile, false)) {
            Page page = phone.newPage();
            page.navigate(app + "/?lang=en");
            page.evaluate("token => localStorage.setItem('meedoen.newcomer.token', token)", newcomer.phone().substring("Bearer ".length()));
            page.navigate(app + "/?lang=en#/booking");
            assertThat(page.locator("#check-in-code img")).isVisible();
            assertThat(page.locator("#check-in-code img")).hasAttribute("src", java.util.regex.Pattern.compile("^data:image/svg\\+xml;base64,"));
            Chromium.awaitInPage(page, "async () => Boolean(navigator.serviceWorker.controller) && await caches.has('meedoen-shell-v12')");

            phone.setOffline(true);
            page.reload();
            assertThat(page.locator("#booking-offline")).isVisible();
            assertThat(page.locator("#check-in-code img")).isVisible();
        }
    }
}
