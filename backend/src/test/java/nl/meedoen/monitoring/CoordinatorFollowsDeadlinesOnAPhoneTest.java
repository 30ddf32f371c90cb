package nl.meedoen.monitoring;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.meedoen.testing.Api;
import nl.meedoen.testing.Chromium;
import nl.meedoen.testing.Sql;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * On a 360 px phone a coordinator opens Termijnen from the staff screen, sees the overdue newcomer
 * marked first and what each still misses, looks further ahead, downloads the list as a CSV file, finds
 * that download in the audit log, and opens a newcomer's screen from the list.
 */
@MicronautTest(transactional = false)
class CoordinatorFollowsDeadlinesOnAPhoneTest {


    private final Chromium chromium = Chromium.shared();
    private final String app;
    private final DeadlineTestData data;

    CoordinatorFollowsDeadlinesOnAPhoneTest(EmbeddedServer server, JsonMapper json, Sql sql) {
        this.app = server.getURL().toString().replaceAll("/$", "");
        this.data = new DeadlineTestData(new Api(server, json), sql);
    }

    @Test
    void theCoordinatorSeesWhoIsLateAndDownloadsTheList(@TempDir Path profile) {
        String town = data.municipality();
        String email = data.staffAccount(town, "coordinator");
        LocalDate today = DeadlineTestData.today();
        UUID late = data.newcomer(town, "Abdulrahman Al-Khatib Haddad", today.minusDays(4));
        UUID booked = data.newcomer(town, "Biniam Tesfay", today.plusDays(10));
        data.invite(booked, true);
        data.book(booked, data.session(town, today.plusDays(3).atTime(9, 30).atZone(ZoneId.of("Europe/Amsterdam")).toInstant()), "confirmed");
        UUID later = data.newcomer(town, "Olena Kovalenko", today.plusWeeks(10));

        try (BrowserContext phone = chromium.phone(profile, false)) {
            Page page = phone.newPage();
            assertEquals(360, page.viewportSize().width);
            page.navigate(app + "/#/staff");
            page.locator("#staff-email").fill(email);
            page.locator("#staff-password").fill(DeadlineTestData.PASSWORD);
            page.locator("form button[type=submit]").click();
            page.locator("#staff-deadlines").click();

            Locator rows = page.locator("#deadline-list li");
            assertThat(rows).hasCount(2);
            assertThat(page).hasTitle("Termijnen · " + town + " – Meedoen");
            assertThat(rows.nth(0)).hasClass("overdue");
            assertThat(rows.nth(0).locator(".deadline-state")).hasText(
                    java.util.regex.Pattern.compile("^Termijn verlopen op .*, 4 dagen te laat$"));
            assertThat(rows.nth(0).locator(".row-meta")).hasText("Nog niet uitgenodigd");
            assertThat(rows.nth(1)).not().hasClass("overdue");
            assertThat(rows.nth(1).locator(".row-meta")).containsText("Aangemeld voor de workshop van");
            assertThat(page.locator("#deadline-summary")).containsText("2 nieuwkomers, van wie 1 te laat");
            Chromium.assertEverythingFitsTheScreen(page, "Termijnen is wider than 360 px");

            page.locator("#deadline-weeks").fill("12");
            page.locator("#deadline-weeks").press("Enter");
            assertThat(rows).hasCount(3);
            assertTrue(page.url().endsWith("#/staff/" + town + "/deadlines?weeks=12"), page.url());
            assertThat(rows.nth(2)).hasAttribute("data-newcomer", later.toString());

            Download file = page.waitForDownload(() -> page.locator("#deadline-export").click());
            String csv = readString(file);
            assertEquals(4, csv.split("\r\n").length, "a header and three rows: " + csv);
            assertTrue(csv.contains("\"Abdulrahman Al-Khatib Haddad\"") && csv.contains("\"Olena Kovalenko\""), csv);
            assertFalse(file.suggestedFilename().contains("Haddad"), "no name in the file name");

            page.locator("#deadline-list a", new Page.LocatorOptions().setHasText("Abdulrahman Al-Khatib Haddad")).click();
            assertThat(page.locator(".facts")).isVisible();
            assertTrue(page.url().endsWith("#/staff/" + town + "/newcomers/" + late), page.url());

            page.navigate(app + "/#/staff/" + town);
            assertThat(page.locator("#audit-log")).containsText("termijnenlijst gedownload");
        }
    }

    private static String readString(Download download) {
        try {
            return Files.readString(download.path(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
