package nl.meedoen.editing;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.meedoen.identity.Role;
import nl.meedoen.identity.TestStaff;
import nl.meedoen.testing.Api;
import nl.meedoen.testing.Chromium;
import nl.meedoen.testing.Sql;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * In real browsers: an editor changes the Tigrinya welcome of the app in the editor screen, a
 * newcomer's app reading Tigrinya shows it on its next page load, and a colleague who says they read
 * Tigrinya reviews it.
 */
@MicronautTest(transactional = false)
class EditorChangesAnInterfaceTextTest {

    private static final String WHERE = " WHERE key = 'home.title' AND lang = 'ti'";

    private final Chromium chromium = Chromium.shared();
    private final String app;
    private final Sql sql;
    private final TestStaff staff;
    private String[] shipped;

    EditorChangesAnInterfaceTextTest(EmbeddedServer server, JsonMapper json, Sql sql, TestStaff staff) {
        this.app = server.getURL().toString().replaceAll("/$", "");
        this.sql = sql;
        this.staff = staff;
    }

    @BeforeEach
    void keepTheShippedText() {
        shipped = sql.one("SELECT pattern, source_version, review_status FROM ui_text" + WHERE,
                rows -> new String[] {rows.getString(1), rows.getString(2), rows.getString(3)}).orElseThrow();
    }

    /** Puts the shipped text back, as if no editor had touched it, so that other tests read what ships. */
    @AfterEach
    void restoreTheShippedText() {
        sql.update("UPDATE ui_text SET pattern = ?, source_version = CAST(? AS integer), review_status = ?, edited = false,"
                + " published_by = NULL, reviewed_by = NULL" + WHERE, shipped[0], shipped[1], shipped[2]);
        sql.update("DELETE FROM ui_text_version" + WHERE);
        sql.update("DELETE FROM ui_text_draft" + WHERE);
    }

    @Test
    void anEditorChangesTheTigrinyaWelcomeAColleagueWhoReadsTigrinyaReviewsItAndTheNewcomersAppShowsIt(
            @TempDir Path phoneProfile, @TempDir Path desk, @TempDir Path secondDesk) {
        String editorEmail = staff.person("redacteur", Role.EDITOR, null);
        String reviewerEmail = staff.person("controleur", Role.EDITOR, null);
        try (BrowserContext phone = chromium.phone(phoneProfile, false);
             BrowserContext browser = chromium.phone(desk, false);
             BrowserContext second = chromium.phone(secondDesk, false)) {
            // given a newcomer's app in Tigrinya shows the shipped welcome
            Page newcomer = phone.newPage();
            newcomer.navigate(app + "/?lang=ti");
            assertThat(newcomer.locator("h1")).hasText(shipped[0]);

            // when an editor opens the Tigrinya interface texts, picks the welcome and publishes a new one
            Page editor = browser.newPage();
            signIn(editor, editorEmail);
            editor.locator("#editing-link").click();
            assertThat(editor.locator("#editing-dashboard")).isVisible();
            editor.navigate(app + "/#/staff/editing/ti/interface");
            editor.locator("#interface-texts a[href='#/staff/editing/interface/ti/home.title']").click();
            assertThat(editor.locator("#editor-source")).containsText("Welkom");
            assertThat(editor.locator("#ui-text-pattern")).hasAttribute("lang", "ti");
            editor.locator("#ui-text-pattern").fill("ሰላም፣ እንቋዕ ብደሓን መጻእኩም");
            editor.locator("#editor-publish").click();
            assertThat(editor.locator("#editor-message")).containsText("Gepubliceerd");
            assertThat(editor.locator(".status-badge")).hasText("niet gecontroleerd");
            // and the editor is told why they cannot review their own text
            assertThat(editor.locator("#editor-review")).hasCount(0);
            assertThat(editor.locator("#editor-review-blocked")).containsText("eigen tekst");

            // then the newcomer's app shows the new welcome on its next page load
            Page next = phone.newPage();
            next.navigate(app + "/?lang=ti");
            assertThat(next.locator("h1")).hasText("ሰላም፣ እንቋዕ ብደሓን መጻእኩም");

            // and a colleague is told to say first that they read Tigrinya, does so, and reviews it
            Page colleague = second.newPage();
            signIn(colleague, reviewerEmail);
            colleague.navigate(app + "/#/staff/editing/interface/ti/home.title");
            assertThat(colleague.locator("#editor-review-blocked")).containsText("Talen die ik lees");
            colleague.navigate(app + "/#/staff/editing");
            colleague.locator("#languages-read input[value=ti]").check();
            colleague.locator("#languages-read-save").click();
            assertThat(colleague.locator("#languages-read-message")).hasText("Bewaard.");
            colleague.navigate(app + "/#/staff/editing/interface/ti/home.title");
            colleague.locator("#editor-review").click();
            assertThat(colleague.locator(".status-badge")).hasText("gecontroleerd");
        }
    }

    private void signIn(Page page, String email) {
        page.navigate(app + "/#/staff");
        page.locator("#staff-email").fill(email);
        page.locator("#staff-password").fill(TestStaff.PASSWORD);
        page.locator("form button[type=submit]").click();
        assertThat(page.locator("#editing-link")).isVisible();
    }
}
