package nl.meedoen.privacy;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Media;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.meedoen.municipality.MunicipalityDirectory;
import nl.meedoen.testing.Api;
import nl.meedoen.testing.Chromium;
import nl.meedoen.testing.Sql;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * On a phone-sized screen in Arabic, right to left, a linked newcomer opens My data from the start
 * screen, sees their name and their booking, saves the JSON file, prints the page without buttons, and
 * is told plainly when offline.
 */
@MicronautTest(transactional = false)
class NewcomerSavesTheirDataOnAPhoneTest {


    private final Chromium chromium = Chromium.shared();
    private final String app;
    private final JsonMapper json;
    private final PersonalDataTestData data;

    NewcomerSavesTheirDataOnAPhoneTest(EmbeddedServer server, JsonMapper json, Sql sql, MunicipalityDirectory municipalities) {
        this.app = server.getURL().toString().replaceAll("/$", "");
        this.json = json;
        this.data = new PersonalDataTestData(new Api(server, json), sql, municipalities);
    }

    @Test
    void opensReadsAndDownloadsInArabic(@TempDir Path profile) throws IOException {
        String municipality = data.municipality();
        String coordinator = data.staff(municipality, "coordinator");
        PersonalDataTestData.Newcomer amal = data.newcomer(municipality, coordinator, "Amal Haddad", "ar",
                "amal-" + UUID.randomUUID() + "@example.org");
        data.book(amal, data.session(municipality, "Waardenworkshop in het Arabisch", 10, 12));

        try (BrowserContext phone = chromium.phone(profile, false)) {
            Page page = phone.newPage();
            page.navigate(app + "/?lang=ar");
            page.evaluate("token => localStorage.setItem('meedoen.newcomer.token', token)", amal.phone().substring("Bearer ".length()));
            page.navigate(app + "/?lang=ar#/");
            assertThat(page.locator("html")).hasAttribute("dir", "rtl");

            page.locator("#home-my-data").click();
            assertThat(page.locator("main h1")).hasText("بياناتي");
            assertThat(page.locator("#my-data-registration")).containsText("Amal Haddad");
            assertThat(page.locator("#my-data-registration")).containsText("حاصل على تصريح إقامة");
            assertThat(page.locator("#my-data-bookings")).containsText("Waardenworkshop in het Arabisch");
            assertThat(page.locator("#my-data-bookings")).containsText("لديك مقعد");
            assertThat(page.locator("#my-data-retention")).containsText("5");
            Chromium.assertNoSidewaysScroll(page, "My data");

            Download download = page.waitForDownload(() -> page.locator("#my-data-download").click());
            assertEquals("mijn-gegevens.json", download.suggestedFilename());
            PersonalDataReport saved = json.readValue(Files.readAllBytes(download.path()), PersonalDataReport.class);
            assertEquals("Amal Haddad", saved.registration().name());
            assertEquals("Waardenworkshop in het Arabisch", saved.bookings().getFirst().session().title());
            assertEquals("confirmed", saved.bookings().getFirst().status());

            // printed: the data without buttons or menus
            page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
            assertThat(page.locator("#my-data-download")).isHidden();
            assertThat(page.locator(".app-header")).isHidden();
            assertThat(page.locator("#my-data-bookings")).isVisible();
            page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.SCREEN));

            // Personal data is never kept on the phone: offline, the screen says so instead of showing an old copy.
            phone.setOffline(true);
            page.evaluate("location.hash = '#/'");
            page.locator("#home-my-data").click();
            assertThat(page.locator("#my-data-offline")).containsText("لا يوجد إنترنت");
        }
    }
}
