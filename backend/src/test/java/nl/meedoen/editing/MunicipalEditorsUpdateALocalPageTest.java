package nl.meedoen.editing;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.meedoen.identity.Role;
import nl.meedoen.identity.TestStaff;
import nl.meedoen.testing.Chromium;
import nl.meedoen.testing.Sql;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static nl.meedoen.editing.EditingTestData.DUTCH;
import static nl.meedoen.editing.EditingTestData.TIGRINYA;

/**
 * In real browsers: a municipality's editor changes the Dutch text of one of its local pages, which makes
 * the Tigrinya translation outdated, brings the translation up to date, a second editor of the
 * municipality reviews it, and a newcomer reading wegwijs in Tigrinya sees the new text.
 */
@MicronautTest(transactional = false)
class MunicipalEditorsUpdateALocalPageTest {

    private final Chromium chromium = Chromium.shared();
    private final String app;
    private final Sql sql;
    private final TestStaff staff;
    private LocalPageTestData local;

    MunicipalEditorsUpdateALocalPageTest(EmbeddedServer server, Sql sql, TestStaff staff) {
        this.app = server.getURL().toString().replaceAll("/$", "");
        this.sql = sql;
        this.staff = staff;
    }

    @BeforeEach
    void municipalityWithALocalPage() {
        local = new LocalPageTestData(sql);
    }

    @AfterEach
    void removeMunicipality() {
        local.remove();
    }

    @Test
    void theDutchChangeOutdatesTheTranslationWhichIsUpdatedReviewedAndReadByTheNewcomer(
            @TempDir Path phoneProfile, @TempDir Path firstDesk, @TempDir Path secondDesk) {
        String translator = staff.person("gemeentevertaler", Role.EDITOR, local.code);
        String reviewer = staff.person("gemeentecontroleur", Role.EDITOR, local.code);
        // the reviewer reads Tigrinya, as said under "Talen die ik lees" on the editing dashboard
        sql.update("UPDATE staff SET reads_languages = '{ti}' WHERE email = ?", reviewer);
        String editorPath = app + "/#/staff/editing/" + local.module() + "/" + LocalPageTestData.SLUG;

        try (BrowserContext phone = chromium.phone(phoneProfile, false);
             BrowserContext first = chromium.phone(firstDesk, false);
             BrowserContext second = chromium.phone(secondDesk, false)) {
            Page newcomer = phone.newPage();
            newcomer.navigate(app + "/?lang=ti#/wegwijs/" + local.code + "/" + LocalPageTestData.SLUG);
            assertThat(newcomer.locator("#page-title")).hasText("ቤት ጽሕፈት");

            // given the editor changes the Dutch text of the local page
            Page editor = first.newPage();
            signIn(editor, translator);
            editor.navigate(editorPath + "/nl");
            assertThat(editor.locator(".status-badge")).hasText("bron");
            editor.locator("#editor-body").fill(DUTCH.replace("Laatste alinea.", "Laatste alinea, met de nieuwe openingstijden."));
            editor.locator("#editor-publish").click();
            assertThat(editor.locator("#editor-message")).containsText("Gepubliceerd");

            // when they find the Tigrinya translation outdated on the dashboard, under their municipality
            editor.navigate(app + "/#/staff/editing?lang=ti&status=outdated");
            editor.locator("#editing-dashboard a[href='#/staff/editing/ti/" + local.module() + "']").click();
            assertThat(editor.locator("#editing-texts .status-badge")).hasText("verouderd");
            editor.locator("#editing-texts a").click();
            assertThat(editor.locator("#source-changes .diff-added")).hasText("+ Laatste alinea, met de nieuwe openingstijden.");
            // and bring it up to date
            editor.locator("#editor-body").fill(TIGRINYA.replace("ናይ መወዳእታ ክፍሊ።", "ናይ መወዳእታ ክፍሊ፣ ምስ ሓድሽ ሰዓታት።"));
            editor.locator("#editor-publish").click();
            assertThat(editor.locator("#editor-message")).containsText("Gepubliceerd");
            assertThat(editor.locator(".status-badge")).hasText("niet gecontroleerd");
            assertThat(editor.locator("#editor-review")).hasCount(0);

            // then a second editor of the municipality reviews it
            Page colleague = second.newPage();
            signIn(colleague, reviewer);
            colleague.navigate(editorPath + "/ti");
            colleague.locator("#editor-review").click();
            assertThat(colleague.locator(".status-badge")).hasText("gecontroleerd");

            // and the newcomer's wegwijs shows the new text
            newcomer.reload();
            assertThat(newcomer.locator("main")).containsText("ምስ ሓድሽ ሰዓታት");
        }
    }

    private void signIn(Page page, String email) {
        page.navigate(app + "/#/staff");
        page.locator("#staff-email").fill(email);
        page.locator("#staff-password").fill(TestStaff.PASSWORD);
        page.locator("form button[type=submit]").click();
        // The staff home asks several things at once before it shows; a busy machine may take a while.
        assertThat(page.locator("#editing-link")).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(20_000));
    }
}
