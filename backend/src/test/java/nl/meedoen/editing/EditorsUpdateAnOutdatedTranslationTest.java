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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.meedoen.editing.EditingTestData.DUTCH;
import static nl.meedoen.editing.EditingTestData.TIGRINYA;

/**
 * In real browsers: an editor brings the Tigrinya translation of a page whose Dutch text changed up to
 * date, a second editor reviews it, and a newcomer reading in Tigrinya sees the new text.
 */
@MicronautTest(transactional = false)
class EditorsUpdateAnOutdatedTranslationTest {

    private final Chromium chromium = Chromium.shared();
    private final String app;
    private final Api api;
    private final EditingTestData data;
    private final TestStaff staff;

    EditorsUpdateAnOutdatedTranslationTest(EmbeddedServer server, JsonMapper json, Sql sql, TestStaff staff) {
        this.app = server.getURL().toString().replaceAll("/$", "");
        this.api = new Api(server, json);
        this.data = new EditingTestData(sql);
        this.staff = staff;
    }

    @AfterEach
    void removePages() {
        data.removeAll();
    }

    @Test
    void anEditorUpdatesTheTigrinyaTextAColleagueReviewsItAndTheNewcomerReadsIt(@TempDir Path phoneProfile,
                                                                                @TempDir Path firstDesk, @TempDir Path secondDesk) {
        // given a page whose Dutch text changed after it was translated into Tigrinya
        String slug = data.page(1, "ti");
        String translator = staff.person("vertaler", Role.EDITOR, null);
        String reviewer = staff.person("controleur", Role.EDITOR, null);
        EditingTestData.reads(api, TestStaff.signIn(api, reviewer), "ti");
        EditingTestData.publish(api, TestStaff.signIn(api, translator), slug, "nl", "Toetspagina",
                DUTCH.replace("Laatste alinea.", "Laatste alinea, nu met meer uitleg."), false);

        try (BrowserContext phone = chromium.phone(phoneProfile, false);
             BrowserContext first = chromium.phone(firstDesk, false);
             BrowserContext second = chromium.phone(secondDesk, false)) {
            Page newcomer = phone.newPage();
            newcomer.navigate(app + "/?lang=ti#/values/" + slug);
            assertThat(newcomer.locator("#page-title")).hasText("ገጽ ፈተና ti");

            // when the first editor opens the outdated translation, sees what changed in Dutch, and publishes
            Page editor = first.newPage();
            signIn(editor, translator);
            editor.locator("#editing-link").click();
            assertThat(editor.locator("#editing-dashboard")).isVisible();
            editor.navigate(app + "/#/staff/editing/values/" + slug + "/ti");
            assertThat(editor.locator(".status-badge")).hasText("verouderd");
            assertThat(editor.locator("#source-changes .diff-added")).hasText("+ Laatste alinea, nu met meer uitleg.");
            assertThat(editor.locator("#source-changes .diff-removed")).hasText("− Laatste alinea.");
            editor.locator("#editor-title").fill("ሓድሽ ገጽ");
            editor.locator("#editor-body").fill(TIGRINYA.replace("ናይ መወዳእታ ክፍሊ።", "ናይ መወዳእታ ክፍሊ፣ ምስ ተወሳኺ መብርሂ።"));
            assertThat(editor.locator("#editor-preview")).containsText("ምስ ተወሳኺ መብርሂ");
            editor.locator("#editor-publish").click();
            assertThat(editor.locator("#editor-message")).containsText("Gepubliceerd");
            assertThat(editor.locator(".status-badge")).hasText("niet gecontroleerd");
            assertThat(editor.locator("#editor-review")).hasCount(0);

            // and a second editor reviews it
            Page colleague = second.newPage();
            signIn(colleague, reviewer);
            colleague.navigate(app + "/#/staff/editing/values/" + slug + "/ti");
            colleague.locator("#editor-review").click();
            assertThat(colleague.locator(".status-badge")).hasText("gecontroleerd");

            // then the newcomer's app shows the new text on its next start
            newcomer.reload();
            assertThat(newcomer.locator("#page-title")).hasText("ሓድሽ ገጽ");
            assertThat(newcomer.locator("main")).containsText("ምስ ተወሳኺ መብርሂ");

            // and an Arabic text is edited right to left
            editor.navigate(app + "/#/staff/editing/values/" + slug + "/ar");
            assertThat(editor.locator("#editor-body")).hasAttribute("dir", "rtl");
            assertThat(editor.locator("#editor-source")).hasAttribute("dir", "ltr");
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
