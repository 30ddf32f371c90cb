package nl.meedoen.signing;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Dialog;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import nl.meedoen.municipality.MunicipalityDirectory;
import nl.meedoen.testing.Api;
import nl.meedoen.testing.Chromium;
import nl.meedoen.testing.Sql;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * On the newcomer's screen a coordinator revokes a signature: a reason is required, the question asked
 * first can be declined, and once revoked the signature is listed as revoked with the reason and the
 * newcomer can sign again — on a phone and on a desktop.
 */
@MicronautTest(transactional = false)
class CoordinatorRevokesASignatureTest {

    private final Chromium chromium = Chromium.shared();
    private final String app;
    private final Sql sql;
    private final SigningTestData data;

    CoordinatorRevokesASignatureTest(EmbeddedServer server, JsonMapper json, Sql sql, MunicipalityDirectory municipalities) {
        this.app = server.getURL().toString().replaceAll("/$", "");
        this.sql = sql;
        this.data = new SigningTestData(new Api(server, json), sql, municipalities);
    }

    @ParameterizedTest(name = "{0} px wide")
    @ValueSource(ints = {StaffScreens.PHONE, StaffScreens.DESKTOP})
    void aRevokedSignatureIsListedWithItsReasonAndTheNewcomerCanSignAgain(int width, @TempDir Path profile) {
        String municipality = data.municipality();
        var coordinator = data.staff(municipality, "coordinator", "Coördinator Ria");
        UUID newcomer = data.newcomer(municipality, "Amal Haddad", "ar", "permit-holder");
        Answers.Signature signed = data.sign(municipality, coordinator, newcomer, "Amal Hadad");

        try (BrowserContext browser = chromium.phone(profile, false)) {
            Page page = browser.newPage();
            StaffScreens.signIn(page, app, coordinator, width);
            page.navigate(app + "/#/staff/" + municipality + "/newcomers/" + newcomer);
            Locator row = page.locator("#newcomer-signatures li[data-signature='" + signed.id() + "']");
            assertThat(row).containsText("Getekend op");
            assertThat(row).containsText("Verificatiecode " + signed.verificationCode());

            row.locator("summary").click();
            Locator confirm = page.locator("#revoke-" + signed.id());
            confirm.click();
            assertThat(page.locator("#revoke-reason-" + signed.id() + "-error")).hasText("Vul de reden in: die blijft bij de handtekening bewaard.");

            page.locator("#revoke-reason-" + signed.id()).fill("Naam verkeerd getypt");
            page.onceDialog(Dialog::dismiss);
            confirm.click();
            assertThat(row.locator("summary")).isVisible();
            assertEquals(0, revocations(signed.id()), "declining the question revokes nothing");

            page.onceDialog(dialog -> {
                assertEquals("De handtekening van Amal Haddad intrekken? Dit kan niet ongedaan worden gemaakt: de handtekening blijft bewaard,"
                        + " maar geldt niet meer. Daarna kan Amal Haddad opnieuw tekenen.", dialog.message());
                dialog.accept();
            });
            confirm.click();

            assertThat(page.locator("#revoke-message")).hasText("De handtekening is ingetrokken. Amal Haddad kan opnieuw tekenen.");
            assertThat(row).containsText("door Coördinator Ria. Reden: Naam verkeerd getypt");
            assertThat(row.locator("summary")).hasCount(0);
            Chromium.assertNoSidewaysScroll(page, "the newcomer with a revoked signature");

            page.locator("#open-ceremony").click();
            assertThat(page.locator("main h1")).hasText("Participatieverklaring — Amal Haddad");
        }
        assertEquals(1, revocations(signed.id()));
    }

    private int revocations(UUID signature) {
        return sql.one("SELECT count(*) FROM signature WHERE revokes = ?", row -> row.getInt(1), signature).orElseThrow();
    }
}
