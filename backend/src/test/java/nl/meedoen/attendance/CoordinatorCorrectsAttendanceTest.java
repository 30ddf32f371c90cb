package nl.meedoen.attendance;

import com.microsoft.playwright.BrowserContext;
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

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * On a phone, after the trainer confirmed who came, the coordinator opens the session in the Workshops
 * screen, sees each newcomer's attendance, corrects one who was marked present to no-show, and finds
 * the change in the municipality's audit log in Dutch.
 */
@MicronautTest(transactional = false)
class CoordinatorCorrectsAttendanceTest {

    private final Chromium chromium = Chromium.shared();
    private final String app;
    private final Api api;
    private final AttendanceTestData data;

    CoordinatorCorrectsAttendanceTest(EmbeddedServer server, JsonMapper json, Sql sql) {
        this.app = server.getURL().toString().replaceAll("/$", "");
        this.api = new Api(server, json);
        this.data = new AttendanceTestData(api, sql);
    }

    @Test
    void aPresentNewcomerBecomesANoShow(@TempDir Path profile) {
        String town = data.municipality();
        AttendanceTestData.Staff trainer = data.staff(town, "trainer");
        AttendanceTestData.Staff coordinator = data.staff(town, "coordinator");
        UUID session = data.session(town, Instant.now().minus(Duration.ofMinutes(30)), 10, trainer.id());
        UUID marked = data.newcomer(town, "ar").id();
        UUID stayedAway = data.newcomer(town, "ti").id();
        data.book(marked, session, "confirmed");
        data.book(stayedAway, session, "confirmed");
        Api.Response confirmed = api.send("POST", "/api/v1/trainer/sessions/" + session + "/attendance-confirmation",
                Map.of("present", List.of(marked)), "Authorization", trainer.token());
        assertEquals(200, confirmed.status(), confirmed.body());

        try (BrowserContext phone = chromium.phone(profile, false)) {
            Page page = phone.newPage();
            page.navigate(app + "/#/staff");
            page.locator("#staff-email").fill(data.emailOf(coordinator.id()));
            page.locator("#staff-password").fill(AttendanceTestData.PASSWORD);
            page.locator("form button[type=submit]").click();
            page.locator("#staff-sessions").click();
            page.locator("#sessions-table tr", new Page.LocatorOptions().setHasText("Waardenworkshop"))
                    .locator("button", new Locator.LocatorOptions().setHasText("Boekingen")).click();

            Locator markedRow = page.locator("#session-attendance li[data-newcomer='" + marked + "']");
            assertThat(markedRow.locator(".attendance-state")).hasText("aanwezig");
            assertThat(page.locator("#session-attendance li[data-newcomer='" + stayedAway + "'] .attendance-state")).hasText("niet gekomen");
            assertThat(markedRow.locator("button[data-status=present]")).isDisabled();

            page.onceDialog(dialog -> {
                assertEquals("Aanwezigheid van Nieuwkomer " + marked.toString().substring(0, 8) + " aanpassen naar ‘niet gekomen’?", dialog.message());
                dialog.accept();
            });
            markedRow.locator("button[data-status=no-show]").click();
            assertThat(page.locator("#attendance-message"))
                    .hasText("De aanwezigheid van Nieuwkomer " + marked.toString().substring(0, 8) + " is nu: niet gekomen.");
            assertThat(markedRow.locator(".attendance-state")).hasText("niet gekomen");
            assertThat(markedRow.locator("button[data-status=no-show]")).isDisabled();
            Chromium.assertNoSidewaysScroll(page, "nothing scrolls sideways on a 360 px screen");

            page.navigate(app + "/#/staff/" + town);
            assertThat(page.locator("#audit-log li").first()).containsText("aanwezigheid aangepast van aanwezig naar niet gekomen");
            assertThat(page.locator("#audit-log")).containsText("aanwezigheid van een workshop bevestigd");
        }
        assertEquals(1, data.count("SELECT count(*) FROM attendance WHERE session_id = ? AND newcomer_id = ? AND status = 'no-show'",
                session, marked));
        assertEquals(0, data.count("SELECT count(*) FROM attendance WHERE session_id = ? AND status = 'present'", session));
    }
}
