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
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * On a phone, during a session that has begun, the trainer adds a newcomer who had not booked (found
 * by name), checks in one who had, opens the signing ceremony for them from the roster, and afterwards
 * confirms who came: the one who stayed away is a no-show.
 */
@MicronautTest(transactional = false)
class TrainerRunsTheSessionOnAPhoneTest {

    private final Chromium chromium = Chromium.shared();
    private final String app;
    private final AttendanceTestData data;

    TrainerRunsTheSessionOnAPhoneTest(EmbeddedServer server, JsonMapper json, Sql sql) {
        this.app = server.getURL().toString().replaceAll("/$", "");
        this.data = new AttendanceTestData(new Api(server, json), sql);
    }

    @Test
    void aWalkInACheckInTheCeremonyAndTheConfirmation(@TempDir Path profile) {
        String town = data.municipality();
        AttendanceTestData.Staff trainer = data.staff(town, "trainer");
        UUID session = data.session(town, Instant.now().minus(Duration.ofMinutes(30)), 10, trainer.id());
        UUID came = data.newcomer(town, "ar").id();
        UUID stayedAway = data.newcomer(town, "ti").id();
        data.book(came, session, "confirmed");
        data.book(stayedAway, session, "confirmed");
        UUID walkIn = data.newcomer(town, "uk").id();
        data.sql().update("UPDATE newcomer SET name = 'Olena Kovalenko' WHERE id = ?", walkIn);

        try (BrowserContext phone = chromium.phone(profile, false)) {
            Page page = phone.newPage();
            page.navigate(app + "/#/staff");
            page.locator("#staff-email").fill(data.emailOf(trainer.id()));
            page.locator("#staff-password").fill(AttendanceTestData.PASSWORD);
            page.locator("form button[type=submit]").click();
            page.locator("#staff-trainer").click();
            page.locator("#trainer-sessions a").first().click();
            assertThat(page.locator("#roster > li")).hasCount(2);
            String roster = page.url();

            page.locator("#walk-in summary").click();
            page.locator("#walk-in-name").fill("kovalenko");
            page.locator("#walk-in button[type=submit]").click();
            page.locator("li[data-candidate='" + walkIn + "'] button").click();
            assertThat(page.locator("#trainer-message")).hasText("Olena Kovalenko is toegevoegd en heeft een vrije plaats gekregen.");
            assertThat(page.locator("#roster > li")).hasCount(3);
            assertThat(page.locator("li[data-newcomer='" + walkIn + "'] .attendance-state")).hasText("aanwezig");

            page.locator("li[data-newcomer='" + came + "'] button").click();
            assertThat(page.locator("li[data-newcomer='" + came + "'] .attendance-state")).hasText("aanwezig");
            assertThat(page.locator("li[data-newcomer='" + stayedAway + "'] button.sign")).hasCount(0);
            page.locator("li[data-newcomer='" + came + "'] button.sign").click();
            assertThat(page.locator("main h1")).containsText("Participatieverklaring — Nieuwkomer");
            assertThat(page.locator("#ceremony-read")).isVisible();
            assertEquals(1, data.count("SELECT count(*) FROM signing_ceremony WHERE newcomer_id = ? AND session_id = ?", came, session));

            page.navigate(roster);
            assertThat(page.locator("#came-" + came)).isChecked();
            assertThat(page.locator("#came-" + walkIn)).isChecked();
            assertThat(page.locator("#came-" + stayedAway)).not().isChecked();
            page.onceDialog(dialog -> dialog.accept());
            page.locator("#confirm-attendance button[type=submit]").click();
            assertThat(page.locator("#attendance-confirmed")).containsText("2 aanwezig");
            assertThat(page.locator("#confirm-attendance")).hasCount(0);
            assertThat(page.locator("li[data-newcomer='" + stayedAway + "'] .attendance-state")).hasText("niet gekomen");
            Chromium.assertNoSidewaysScroll(page, "nothing scrolls sideways on a 360 px screen");
        }
        assertEquals(2, data.count("SELECT count(*) FROM attendance WHERE session_id = ? AND status = 'present' AND newcomer_id IN (?, ?)",
                session, came, walkIn));
        assertEquals(1, data.count("SELECT count(*) FROM attendance WHERE session_id = ? AND status = 'no-show' AND newcomer_id = ?",
                session, stayedAway));
        assertEquals(1, data.count("SELECT count(*) FROM attendance WHERE session_id = ? AND walk_in", session));
        assertEquals(3, data.count("SELECT count(*) FROM attendance WHERE session_id = ?", session));
    }
}
