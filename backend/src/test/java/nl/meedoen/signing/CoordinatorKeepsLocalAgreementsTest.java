package nl.meedoen.signing;

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
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A coordinator writes the municipality's first local agreements with an Arabic translation, is told
 * beside the field when the Dutch text is missing and plainly when nothing changed, changes the text as
 * a new version, and finds the first version under the earlier ones — on a phone and on a desktop.
 */
@MicronautTest(transactional = false)
class CoordinatorKeepsLocalAgreementsTest {

    private final Chromium chromium = Chromium.shared();
    private final String app;
    private final Sql sql;
    private final SigningTestData data;

    CoordinatorKeepsLocalAgreementsTest(EmbeddedServer server, JsonMapper json, Sql sql, MunicipalityDirectory municipalities) {
        this.app = server.getURL().toString().replaceAll("/$", "");
        this.sql = sql;
        this.data = new SigningTestData(new Api(server, json), sql, municipalities);
    }

    @ParameterizedTest(name = "{0} px wide")
    @ValueSource(ints = {StaffScreens.PHONE, StaffScreens.DESKTOP})
    void aCoordinatorEditsTheAgreementsAndSeesTheNewVersion(int width, @TempDir Path profile) {
        String municipality = data.municipality();
        var coordinator = data.staff(municipality, "coordinator", "Coördinator Corrie");

        try (BrowserContext browser = chromium.phone(profile, false)) {
            Page page = browser.newPage();
            StaffScreens.signIn(page, app, coordinator, width);
            page.locator("#staff-local-agreements").click();
            assertThat(page.locator("main h1")).hasText("Lokale afspraken");
            assertThat(page.locator("#agreements-current")).containsText("nog geen lokale afspraken");

            // An empty Dutch text is refused by the service, and the reason stands beside the field.
            page.locator("#agreements-dutch").fill("   ");
            page.locator("#agreements-save").click();
            assertThat(page.locator("#agreements-dutch-error")).hasText("Vul de Nederlandse tekst in: die is verplicht.");
            assertThat(page.locator("#agreements-dutch")).hasAttribute("aria-invalid", "true");
            assertThat(page.locator("#agreements-message")).hasText("Niet opgeslagen. Verbeter wat bij de velden hieronder staat.");

            page.locator("#agreements-dutch").fill("De gemeente helpt je met een taalmaatje.");
            page.locator("details.agreements-language", new Page.LocatorOptions().setHasText("Arabisch")).locator("summary").click();
            Locator arabic = page.locator("#agreements-translation-ar");
            assertThat(arabic).hasAttribute("dir", "rtl");
            arabic.fill("تساعدك البلدية برفيق لغوي.");
            page.locator("#agreements-save").click();

            assertThat(page.locator("#agreements-notice")).hasText("Versie 1 is opgeslagen. Nieuwe ondertekeningen tonen vanaf nu deze versie.");
            Locator current = page.locator("#agreements-current");
            assertThat(current).containsText("Versie 1, opgeslagen op");
            assertThat(current).containsText("door Coördinator Corrie");
            assertThat(current).containsText("De gemeente helpt je met een taalmaatje.");
            assertThat(current.locator(".agreements-translation[data-lang=ar]")).containsText("برفيق لغوي");
            assertThat(current.locator(".agreements-translation[data-lang=ar] .status-badge")).hasText("niet gecontroleerd");
            assertThat(page.locator("#agreements-versions")).hasCount(0);
            Chromium.assertNoSidewaysScroll(page, "the local agreements");

            // Saving the same texts again saves nothing, and says so.
            page.locator("#agreements-save").click();
            assertThat(page.locator("#agreements-message"))
                    .hasText("Er is niets veranderd: dit zijn precies de teksten van de huidige versie. Er is geen nieuwe versie opgeslagen.");

            page.locator("#agreements-dutch").fill("De gemeente helpt je met een taalmaatje en een buddy.");
            page.locator("#agreements-save").click();

            assertThat(page.locator("#agreements-notice")).containsText("Versie 2 is opgeslagen.");
            assertThat(current).containsText("De gemeente helpt je met een taalmaatje en een buddy.");
            Locator earlier = page.locator("#agreements-versions details[data-version='1']");
            assertThat(earlier.locator("summary")).containsText("Versie 1, opgeslagen op");
            earlier.locator("summary").click();
            assertThat(earlier).containsText("De gemeente helpt je met een taalmaatje.");
            assertThat(page.locator("#agreements-translation-ar")).hasValue("تساعدك البلدية برفيق لغوي.");
            Chromium.assertNoSidewaysScroll(page, "the local agreements with an earlier version");
        }
        assertEquals(2, sql.one("SELECT count(*) FROM local_agreements WHERE municipality_code = ? AND lang = 'ar' AND review_status = 'unreviewed'",
                row -> row.getInt(1), municipality).orElseThrow(), "the translation of each version is unreviewed");
    }
}
