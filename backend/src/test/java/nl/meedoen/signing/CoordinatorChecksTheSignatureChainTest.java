package nl.meedoen.signing;

import com.microsoft.playwright.BrowserContext;
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

/**
 * A coordinator runs the check of the municipality's chain of signatures: intact, it says all rows are
 * unchanged; after a row was changed in the database behind the service's back, it names that row and
 * what is wrong with it, in Dutch — on a phone and on a desktop.
 */
@MicronautTest(transactional = false)
class CoordinatorChecksTheSignatureChainTest {

    private final Chromium chromium = Chromium.shared();
    private final String app;
    private final Sql sql;
    private final SigningTestData data;

    CoordinatorChecksTheSignatureChainTest(EmbeddedServer server, JsonMapper json, Sql sql, MunicipalityDirectory municipalities) {
        this.app = server.getURL().toString().replaceAll("/$", "");
        this.sql = sql;
        this.data = new SigningTestData(new Api(server, json), sql, municipalities);
    }

    @ParameterizedTest(name = "{0} px wide")
    @ValueSource(ints = {StaffScreens.PHONE, StaffScreens.DESKTOP})
    void theCheckSaysInDutchWhetherEveryRowIsIntactAndNamesTheFirstThatIsNot(int width, @TempDir Path profile) {
        String municipality = data.municipality();
        var coordinator = data.staff(municipality, "coordinator", "Coördinator");
        data.sign(municipality, coordinator, data.newcomer(municipality, "Eerste Persoon", "ar", "permit-holder"), "Eerste Persoon");
        Answers.Signature second = data.sign(municipality, coordinator, data.newcomer(municipality, "Tweede Persoon", "ti", "permit-holder"),
                "Tweede Persoon");
        data.sign(municipality, coordinator, data.newcomer(municipality, "Derde Persoon", "fa", "permit-holder"), "Derde Persoon");

        try (BrowserContext browser = chromium.phone(profile, false)) {
            Page page = browser.newPage();
            StaffScreens.signIn(page, app, coordinator, width);
            page.locator("#staff-chain").click();
            assertThat(page.locator("main h1")).hasText("Controle handtekeningen");
            page.locator("#chain-check").click();
            assertThat(page.locator("#chain-verdict")).hasText("In orde: alle 3 regels zijn ongewijzigd en sluiten op elkaar aan.");
            Chromium.assertNoSidewaysScroll(page, "the chain check");

            // given: the owner of the table changes the second signature, bypassing the trigger
            sql.inTransaction(() -> {
                sql.update("ALTER TABLE signature DISABLE TRIGGER signature_append_only");
                sql.update("UPDATE signature SET signed_at = signed_at - interval '1 day' WHERE id = ?", second.id());
                sql.update("ALTER TABLE signature ENABLE TRIGGER signature_append_only");
                return null;
            });
            page.locator("#chain-check").click();

            assertThat(page.locator("#chain-verdict")).hasText("Niet in orde: regel 2 klopt niet.");
            assertThat(page.locator("#chain-result")).containsText(
                    "De inhoud van deze regel past niet meer bij zijn controlegetal: de regel is na het vastleggen veranderd.");
            assertThat(page.locator("#chain-result")).containsText("Kenmerk van de regel: " + second.id());
            Chromium.assertNoSidewaysScroll(page, "a broken chain");
        }
    }
}
