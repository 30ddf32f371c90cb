package nl.meedoen.signing;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
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

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A coordinator downloads the DUO worklist as CSV, marks a signature registered (today, the default),
 * sees it leave the list, is told in Dutch when a colleague marked one first, and ends with an empty
 * list — on a phone and on a desktop.
 */
@MicronautTest(transactional = false)
class CoordinatorWorksTheDuoWorklistTest {

    private final Chromium chromium = Chromium.shared();
    private final String app;
    private final Api api;
    private final Sql sql;
    private final SigningTestData data;

    CoordinatorWorksTheDuoWorklistTest(EmbeddedServer server, JsonMapper json, Sql sql, MunicipalityDirectory municipalities) {
        this.app = server.getURL().toString().replaceAll("/$", "");
        this.api = new Api(server, json);
        this.sql = sql;
        this.data = new SigningTestData(api, sql, municipalities);
    }

    @ParameterizedTest(name = "{0} px wide")
    @ValueSource(ints = {StaffScreens.PHONE, StaffScreens.DESKTOP})
    void aRegisteredRowLeavesTheListAndTheCsvHoldsWhatIsOpen(int width, @TempDir Path profile) {
        String municipality = data.municipality();
        var coordinator = data.staff(municipality, "coordinator", "Coördinator Dirk");
        var colleague = data.staff(municipality, "coordinator", "Collega Cas");
        Answers.Signature amal = data.sign(municipality, coordinator, data.newcomer(municipality, "Amal Haddad", "ar", "permit-holder"), "Amal Haddad");
        Answers.Signature yonas = data.sign(municipality, coordinator, data.newcomer(municipality, "Yonas Tesfay", "ti", "permit-holder"), "Yonas Tesfay");
        UUID refusing = data.newcomer(municipality, "Piotr Nowak", "pl", "eu-voluntary");
        UUID ceremony = data.open(municipality, coordinator, Map.of("newcomerId", refusing)).id();
        Answers.Signature piotr = api.send("POST", data.path(municipality, "/signing-ceremonies/" + ceremony + "/refusal"),
                Map.of("reason", "Wil niet"), "Authorization", coordinator.token()).as(Answers.Signature.class);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Amsterdam"));
        String signedOn = today.format(DateTimeFormatter.ofPattern("dd-MM-yyyy"));

        try (BrowserContext browser = chromium.phone(profile, false)) {
            Page page = browser.newPage();
            StaffScreens.signIn(page, app, coordinator, width);
            page.locator("#staff-duo").click();
            assertThat(page.locator("main h1")).hasText("DUO-werklijst");
            Locator rows = page.locator("#duo-worklist > li");
            assertThat(rows).hasCount(3);
            assertThat(rows.nth(0)).containsText("Amal Haddad");
            assertThat(rows.nth(0).locator(".row-meta")).containsText("ondertekend");
            assertThat(rows.nth(2)).containsText("Piotr Nowak");
            assertThat(rows.nth(2).locator(".row-meta")).containsText("geweigerd");
            Chromium.assertNoSidewaysScroll(page, "the DUO worklist");

            Download csv = page.waitForDownload(() -> page.locator("#duo-export").click());
            assertEquals("duo-werklijst.csv", csv.suggestedFilename());
            List<String> lines = lines(csv);
            assertEquals(List.of("\"naam\";\"datum ondertekening\";\"resultaat\";\"kenmerk\"",
                    "\"Amal Haddad\";\"" + signedOn + "\";\"ondertekend\";\"" + amal.id() + "\"",
                    "\"Yonas Tesfay\";\"" + signedOn + "\";\"ondertekend\";\"" + yonas.id() + "\"",
                    "\"Piotr Nowak\";\"" + signedOn + "\";\"geweigerd\";\"" + piotr.id() + "\""), lines);

            Locator amalRow = page.locator("#duo-worklist li[data-signature='" + amal.id() + "']");
            assertThat(amalRow.locator("input[type=date]")).hasValue(today.toString());
            amalRow.locator("button[type=submit]").click();
            assertThat(page.locator("#duo-message")).hasText("Amal Haddad staat als gemeld bij DUO op " + dutch(today) + ".");
            assertThat(amalRow).hasCount(0);
            assertThat(rows).hasCount(2);

            // A colleague registers Yonas in the meantime: the screen says so in Dutch and takes the row away.
            api.send("POST", data.path(municipality, "/duo-registrations"), Map.of("signatureId", yonas.id(), "registeredOn", today.toString()),
                    "Authorization", colleague.token());
            Locator yonasRow = page.locator("#duo-worklist li[data-signature='" + yonas.id() + "']");
            yonasRow.locator("input[type=date]").fill(today.minusDays(1).toString());
            yonasRow.locator("button[type=submit]").click();
            assertThat(page.locator("#duo-message"))
                    .hasText("Yonas Tesfay: Deze was al gemeld bij DUO, misschien door een collega. Hij staat niet meer op de lijst.");
            assertThat(yonasRow).hasCount(0);

            rows.first().locator("button[type=submit]").click();
            assertThat(page.locator("#duo-empty")).isVisible();
            assertThat(page.locator("#duo-empty")).hasText("Alles is gemeld bij DUO. Er staat niets op de werklijst.");
            assertThat(page.locator("#duo-export")).isHidden();
            Chromium.assertNoSidewaysScroll(page, "the empty DUO worklist");

            page.reload();
            assertThat(page.locator("#duo-empty")).isVisible();
        }
        assertEquals(today, sql.one("SELECT registered_on FROM duo_registration WHERE signature_id = ?",
                row -> row.getObject(1, LocalDate.class), amal.id()).orElseThrow());
        assertEquals(coordinator.id(), sql.one("SELECT registered_by FROM duo_registration WHERE signature_id = ?",
                row -> row.getObject(1, UUID.class), amal.id()).orElseThrow());
        assertEquals(1, sql.one("SELECT count(*) FROM audit_event WHERE municipality_code = ? AND action = 'duo.exported'",
                row -> row.getInt(1), municipality).orElseThrow(), "the download is in the audit log");
    }

    private static String dutch(LocalDate date) {
        return date.format(DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.forLanguageTag("nl-NL")));
    }

    private static List<String> lines(Download download) {
        try {
            String text = Files.readString(download.path(), StandardCharsets.UTF_8);
            return text.replace("\uFEFF", "").lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
