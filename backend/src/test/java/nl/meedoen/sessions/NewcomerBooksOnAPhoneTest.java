package nl.meedoen.sessions;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.meedoen.municipality.MunicipalityDirectory;
import nl.meedoen.testing.Api;
import nl.meedoen.testing.Chromium;
import nl.meedoen.testing.Sql;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * On a phone-sized screen in Arabic, a linked newcomer books a workshop, sees the confirmation,
 * moves to another session, sees the booking offline marked as such, and cancels.
 */
@MicronautTest(transactional = false)
class NewcomerBooksOnAPhoneTest {

    private static final Pattern ARABIC = Pattern.compile("[\\u0600-\\u06FF]");

    private final Chromium chromium = Chromium.shared();
    private final String app;
    private final SessionTestData data;

    NewcomerBooksOnAPhoneTest(EmbeddedServer server, JsonMapper json, Sql sql, MunicipalityDirectory municipalities) {
        this.app = server.getURL().toString().replaceAll("/$", "");
        this.data = new SessionTestData(new Api(server, json), sql, municipalities);
    }

    @Test
    void bookMoveAndCancelInArabic(@TempDir Path profile) {
        String town = data.municipality();
        SessionTestData.Session first = data.session(town, 12, 8, "ar");
        SessionTestData.Session second = data.session(town, 12, 15, "ar");
        SessionTestData.Newcomer newcomer = data.newcomer(town, "ar", null);

        try (BrowserContext phone = chromium.phone(profile, false)) {
            Page page = phone.newPage();
            page.onDialog(dialog -> dialog.accept());
            page.navigate(app + "/?lang=ar");
            assertThat(page.locator("html")).hasAttribute("dir", "rtl");
            page.evaluate("token => localStorage.setItem('meedoen.newcomer.token', token)", newcomer.phone().substring("Bearer ".length()));

            // the start screen leads to the workshop; without a booking it lists what can be booked
            page.navigate(app + "/?lang=ar#/");
            page.locator("#home-workshop").click();
            Locator offers = page.locator("ul.sessions > li");
            assertThat(offers).hasCount(2);
            assertThat(offers.first()).containsText("Waardenworkshop");
            assertThat(offers.first().locator(".card-meta").first()).containsText(ARABIC);

            // book the first: the confirmation in Arabic, with the session
            offers.first().locator("button").click();
            assertThat(page.locator("#booking-status")).hasText("لديك مقعد في ورشة العمل.");
            assertThat(page.locator("#booking-session")).containsText("Buurthuis De Linde");
            assertThat(page.locator("#booking-calendar")).isVisible();
            Chromium.assertNoSidewaysScroll(page, "the booking screen");

            // move to the other session in one step
            page.locator("#booking-move").click();
            assertThat(page.locator("ul.sessions > li")).hasCount(1);
            page.locator("ul.sessions > li button").click();
            assertThat(page.locator("#booking-status")).hasText("لديك مقعد في ورشة العمل.");
            String movedWhen = page.locator("#booking-session p").first().textContent();
            assertTrue(!movedWhen.isBlank());

            // offline, the last known booking shows, marked as such
            phone.setOffline(true);
            page.reload();
            assertThat(page.locator("#booking-offline")).containsText("لا يوجد إنترنت");
            assertThat(page.locator("#booking-session p").first()).hasText(movedWhen);
            phone.setOffline(false);

            // cancel: back to the list of sessions, with both to choose from again
            page.reload();
            page.locator("#booking-cancel").click();
            assertThat(page.locator("main [role=status]").first()).hasText("تم إلغاء حجزك.");
            assertThat(page.locator("ul.sessions > li")).hasCount(2);
        }
        assertTrue(first.id() != second.id());
    }

}
